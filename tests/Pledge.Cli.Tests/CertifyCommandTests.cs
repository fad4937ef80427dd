using Microsoft.Data.Sqlite;

namespace Pledge.Cli.Tests;

/// <summary>`pledge certify` and `pledge verify` end to end, in-process.</summary>
public sealed class CertifyCommandTests : IDisposable
{
    public const string Contract = """
        contract paint_warranty "乳胶漆工程保修" / "Latex paint works warranty"
        languages zh-CN, en
        provider "中南建筑装饰工程股份有限公司" / "Zhongnan Building Decoration Engineering Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY

        parameter contract_value "乳胶漆合同总价" / "Latex paint contract total" : money
        parameter completion     "竣工日期" / "Completion date"                  : date

        cause force_majeure "不可抗力" / "force majeure"

        warranty paint "乳胶漆保修" / "Latex paint warranty" {
          duration 1 year from completion
          covers chalking "墙面脱粉" / "chalking of walls" : free repair
          covers third_party "第三方造成的损坏" / "damage caused by third parties" : repair up to 5% of contract_value
          excludes "消费者提供的材料造成的问题" / "defects of materials the customer supplied"
          excludes causes force_majeure
          outside scope : paid repair "按公布的收费标准" / "at the published rates"
        }
        """;

    public const string Customers = """
        customer,contract_value,completion
        张伟,20000 CNY,2026-03-15
        "Li Na, Apt. 1203",48500.50 CNY,2028-02-29
        "<script>alert(1)</script> {{css}}",9650 CNY,2026-05-08
        """;

    private readonly TempWorkspace _ws = new();

    public CertifyCommandTests()
    {
        _ws.Write("paint.sla", Contract);
        _ws.Write("customers.csv", Customers);
        _ws.Write("cert.key", "k3y-for-tests-0123456789abcdefghij\n");
    }

    public void Dispose() => _ws.Dispose();

    private CliRun Certify(params string[] extra) => _ws.Run(
        ["certify", "paint.sla", "--warranty", "paint", "--data", "customers.csv", "-o", "out", "--key-file", "cert.key",
            .. extra.Contains("--issue-date") ? extra : ["--issue-date", "2026-04-01", .. extra]]);

    [Fact]
    public void Writes_one_html_certificate_per_customer_and_lists_them()
    {
        var run = Certify();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            ["PAINT-2026-000001\t张伟\tissued", "PAINT-2026-000002\tLi Na, Apt. 1203\tissued", "PAINT-2026-000003\t<script>alert(1)</script> {{css}}\tissued"],
            run.StdoutLines.Take(3));
        Assert.StartsWith("3 certificates (3 new, 0 already issued) in out (HTML); registry out/certificates.db", run.StdoutLines[3], StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_ws.Root, "out", "PAINT-2026-000002.html"));
        Assert.Contains("Li Na, Apt. 1203", html, StringComparison.Ordinal);
        Assert.Contains("2028年2月29日起至2029年2月28日止", html, StringComparison.Ordinal);
        Assert.Contains("data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_ws.Root, "out", "certificates.db")));
    }

    [Fact]
    public void Customer_names_are_escaped_in_the_html()
    {
        Assert.Equal(0, Certify().ExitCode);
        var html = File.ReadAllText(Path.Combine(_ws.Root, "out", "PAINT-2026-000003.html"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{css}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_again_gives_the_same_numbers_and_bytes_and_reissue_gives_new_ones()
    {
        Assert.Equal(0, Certify().ExitCode);
        var first = _ws.Read("out/PAINT-2026-000001.html");
        var again = Certify("--issue-date", "2026-05-01");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("PAINT-2026-000001\t张伟\talready issued", again.StdoutLines[0]);
        Assert.Equal(first, _ws.Read("out/PAINT-2026-000001.html"));

        var reissued = Certify("--reissue");
        Assert.Equal("PAINT-2026-000004\t张伟\treissued (supersedes PAINT-2026-000001)", reissued.StdoutLines[0]);
        Assert.Equal(1, Verify("PAINT-2026-000001").ExitCode);
        Assert.Equal(0, Verify("PAINT-2026-000004").ExitCode);
    }

    [Fact]
    public void Verify_says_genuine_and_what_the_certificate_covers()
    {
        Assert.Equal(0, Certify().ExitCode);
        var code = Code("PAINT-2026-000001");
        var run = Verify("PAINT-2026-000001", "--code", code, "--contract", "paint.sla");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("PAINT-2026-000001: genuine", run.StdoutLines[0]);
        Assert.Contains("customer: 张伟", run.StdoutLines);
        Assert.Contains("period: 2026-03-15 to 2027-03-14 inclusive (1 year)", run.StdoutLines);
        Assert.Contains("  - 第三方造成的损坏 / damage caused by third parties: 维修，费用以乳胶漆合同总价的5%为限 / repair up to 5% of the latex paint contract total (at most 1000.00 CNY)", run.StdoutLines);

        // The QR payload, as a scanner types it.
        Assert.Equal(0, Verify($"PAINT-2026-000001|{code.Replace("-", "", StringComparison.Ordinal)}").ExitCode);
    }

    [Fact]
    public void Verify_rejects_a_wrong_code_an_unknown_number_a_tampered_record_and_another_contract()
    {
        Assert.Equal(0, Certify().ExitCode);
        Assert.Equal(1, Verify("PAINT-2026-000001", "--code", "AAAA-BBBB-CCCC-DDDD").ExitCode);
        Assert.Equal(1, Verify("PAINT-2026-000099").ExitCode);

        _ws.Write("edited.sla", Contract.Replace("5% of contract_value", "8% of contract_value", StringComparison.Ordinal));
        var other = Verify("PAINT-2026-000001", "--contract", "edited.sla");
        Assert.Equal(1, other.ExitCode);
        Assert.Contains(other.StdoutLines, l => l.StartsWith("  FAIL contract: issued under another text of the contract", StringComparison.Ordinal));

        // Someone edits the registry to extend the warranty by a year.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_ws.Root, "out", "certificates.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE certificates SET content = replace(content, '\"end\":\"2027-03-14\"', '\"end\":\"2028-03-14\"') WHERE number = 'PAINT-2026-000001'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var tampered = Verify("PAINT-2026-000001", "--code", Code("PAINT-2026-000002"));
        Assert.Equal(1, tampered.ExitCode);
        Assert.Equal("PAINT-2026-000001: NOT GENUINE", tampered.StdoutLines[0]);
        Assert.Contains("  FAIL record: the registry's record does not match its verification code: it was altered after issue", tampered.StdoutLines);
    }

    [Fact]
    public void A_bad_row_stops_the_batch_before_anything_is_issued()
    {
        _ws.Write("customers.csv", Customers + "\nWang Fang,12800 CNY,2026-02-30\n,1 CNY,2026-01-01\n");
        var run = Certify();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("customers.csv: row 4 (line 5), column `completion`: `2026-02-30` is not a date: write it as 2026-03-15", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("customers.csv: row 5 (line 6), column `customer`: is empty: every certificate names its customer", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 of 5 rows cannot be certified; nothing was issued", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, "out")));
    }

    [Fact]
    public void Skip_bad_rows_issues_the_good_ones_and_lists_the_bad_ones()
    {
        _ws.Write("customers.csv", Customers + "\nWang Fang,12800 CNY,2026-02-30\n");
        var run = Certify("--skip-bad-rows");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("customers.csv: row 4 (line 5), column `completion`: `2026-02-30` is not a date", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("3 certificates (3 new, 0 already issued), 1 bad row skipped", run.StdoutLines[^1], StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_ws.Root, "out"), "*.html").Length);
    }

    [Fact]
    public void Json_data_and_a_chosen_registry_prefix_and_language()
    {
        _ws.Write("customers.json", """[{ "customer": "김민수", "contract_value": 30000, "completion": "2026-07-01" }]""");
        var run = _ws.Run("certify", "paint.sla", "--data", "customers.json", "-o", "out", "--key-file", "cert.key", "--prefix", "zn-paint",
            "--registry", "reg/all.db", "--lang", "en", "--issue-date", "2026-07-02");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("ZN-PAINT-000001\t김민수\tissued", run.StdoutLines[0]);
        var html = File.ReadAllText(Path.Combine(_ws.Root, "out", "ZN-PAINT-000001.html"));
        Assert.DoesNotContain("保修证书", html, StringComparison.Ordinal);
        Assert.Contains("1 July 2026 to 30 June 2027", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_ws.Root, "reg", "all.db")));
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, _ws.Run("certify", "paint.sla", "--data", "customers.csv", "-o", "out", "--key-file", "missing.key").ExitCode);
        _ws.Write("short.key", "short");
        var weak = _ws.Run("certify", "paint.sla", "--data", "customers.csv", "-o", "out", "--key-file", "short.key");
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 16 are needed", weak.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Certify("--warranty", "tiles").ExitCode);
        Assert.Equal(2, Certify("--prefix", "A|B").ExitCode);
        Assert.Equal(2, Certify("--lang", "fr").ExitCode);
        Assert.Equal(2, _ws.Run("verify", "not-a-number", "--key-file", "cert.key", "--registry", "out/certificates.db").ExitCode);
        Assert.Equal(2, _ws.Run("verify", "PAINT-2026-000001", "--key-file", "cert.key").ExitCode); // no registry here
    }

    [Fact]
    public void A_contract_with_errors_issues_nothing()
    {
        _ws.Write("paint.sla", Contract.Replace("causes force_majeure", "causes acts_of_god", StringComparison.Ordinal));
        var run = Certify();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was issued", run.Stderr, StringComparison.Ordinal);
    }

    private CliRun Verify(string number, params string[] extra) =>
        _ws.Run(["verify", number, "--registry", "out/certificates.db", "--key-file", "cert.key", .. extra]);

    private string Code(string number)
    {
        var html = File.ReadAllText(Path.Combine(_ws.Root, "out", number + ".html"));
        return System.Text.RegularExpressions.Regex.Match(html, "<figcaption class=\"code\">([A-Z2-7-]+)</figcaption>").Groups[1].Value;
    }
}
