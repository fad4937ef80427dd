using NodaTime;
using Pledge.Certificates.Input;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Signing;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>A paint warranty contract, a key and a fixed clock: what the certificate tests issue from.</summary>
internal static class CertificateFixture
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

    public static readonly CertificateKey Key = CertificateKey.FromText("test-key-0123456789abcdef0123456789", "test");

    /// <summary>2026-04-01 10:00 in Shanghai.</summary>
    public static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 4, 1, 2, 0));

    public static WarrantyTarget Target(string contract = Contract, string path = "/virtual/paint.sla")
    {
        var compilation = Compilation.FromText(contract, path);
        return WarrantyTarget.Load(compilation, System.IO.Path.GetFullPath(path), "paint");
    }

    public static CertificateIssuer Issuer(string contract = Contract) => new(Target(contract), Key, Clock);

    public static CustomerTable Csv(string text) => CsvCustomerReader.Read(text, "customers.csv");

    public static IReadOnlyList<CustomerRow> Rows(CertificateIssuer issuer, string csv)
    {
        var check = issuer.Check(Csv(csv));
        Assert.Empty(check.Errors);
        return check.Rows;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
