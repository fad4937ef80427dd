using System.Text.Json;
using System.Text.RegularExpressions;
using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

/// <summary>`pledge/render` and `pledge/evaluate`, run on the handlers with params and results through the wire's JSON.</summary>
public sealed class CustomRequestTests : IDisposable
{
    private const string Log = """
        id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km
        N-01,connectivity,,,2026-10-03T09:50:00+08:00,2026-10-03T10:00:00+08:00,,,,2026-10-03T11:00:00+08:00,,
        N-02,connectivity,,customer_equipment,2026-10-08T13:40:00+08:00,2026-10-08T14:00:00+08:00,,,,2026-10-08T16:00:00+08:00,,
        """;

    private readonly HandlerHost _host = new();

    public CustomRequestTests() => _host.WriteFile("common.sla", Samples.Common);

    private RenderResult Render(RenderParams parameters) =>
        _host.Request(new RenderHandler(), parameters, HandlerHost.Json.RenderParams, HandlerHost.Json.RenderResult);

    private EvaluateResult Evaluate(EvaluateParams parameters) =>
        _host.Request(new EvaluateHandler(), parameters, HandlerHost.Json.EvaluateParams, HandlerHost.Json.EvaluateResult);

    private RenderParams RenderMain(List<string>? languages = null, string? layout = null) => new(_host.Document("main.sla"), languages, layout);

    private EvaluateParams EvaluateMain(IncidentsSource incidents, string period = "2026-10", Dictionary<string, JsonElement>? parameters = null, Dictionary<string, JsonElement>? paid = null) =>
        new(_host.Document("main.sla"), incidents, period, parameters ?? new() { ["monthly_fee"] = Json("\"20000 CNY\"") }, paid);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    // ---- pledge/render

    [Fact]
    public void Render_gives_the_whole_document_side_by_side_with_the_declared_languages_and_title()
    {
        _host.Open("main.sla", Samples.Contract);
        var result = Render(RenderMain());
        Assert.Equal(["zh-CN", "en"], result.Languages);
        Assert.Equal("服务品质保证书", result.Title);
        Assert.StartsWith("<!DOCTYPE html>", result.Html.TrimStart());
        Assert.Contains("layout-side-by-side columns-2", result.Html);
        Assert.Contains("Network connectivity guarantee", result.Html);
        Assert.Contains("网络联通性保证", result.Html);
    }

    [Fact]
    public void Render_one_language_is_single_and_still_lists_every_declared_language()
    {
        _host.Open("main.sla", Samples.Contract);
        var result = Render(RenderMain(["EN"]));
        Assert.Equal(["zh-CN", "en"], result.Languages);
        Assert.Equal("Service Quality Guarantee", result.Title);
        Assert.Contains("layout-single", result.Html);
        Assert.DoesNotContain("网络联通性保证", result.Html);
        Assert.Contains("layout-stacked", Render(RenderMain(["en", "zh-CN"], "stacked")).Html);
    }

    [Fact]
    public void Render_reads_the_editor_text_not_the_disk()
    {
        _host.WriteFile("main.sla", Samples.Contract);
        _host.Open("main.sla", Samples.Contract.Replace("Network connectivity guarantee", "Connectivity as typed, unsaved"));
        var html = Render(RenderMain()).Html;
        Assert.Contains("Connectivity as typed, unsaved", html);
        Assert.DoesNotContain("Network connectivity guarantee", html);
    }

    [Fact]
    public void Render_is_self_contained_for_a_webview()
    {
        _host.Open("main.sla", Samples.Contract);
        var html = Render(RenderMain()).Html;
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Render_escapes_document_text()
    {
        const string hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        _host.Open("main.sla", Samples.Contract.Replace("Network connectivity guarantee", hostile).Replace("xxxx Co., Ltd.", "</style><b>bold</b>"));
        var html = Render(RenderMain()).Html;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html);
        Assert.Contains("&lt;script&gt;", html);
        // In the running header the title is a CSS string: quoted and escaped there, never closing the <style>.
        Assert.Equal(2, Regex.Matches(html, "</style>").Count);
    }

    [Fact]
    public void Render_of_a_contract_with_errors_is_refused_with_the_first_errors()
    {
        _host.Open("main.sla", Samples.Contract.Replace("exclude causes customer_equipment", "exclude causes no_such_cause"));
        var error = Assert.Throws<LspException>(() => Render(RenderMain()));
        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Matches(@"^`main\.sla` has 1 error and cannot be rendered: main\.sla:\d+:\d+: PLG\d{4}: .*no_such_cause", error.Message);
        using var data = JsonDocument.Parse(error.DataJson!);
        Assert.Equal("contractErrors", data.RootElement.GetProperty("kind").GetString());
        var first = data.RootElement.GetProperty("errors")[0];
        Assert.Equal(_host.UriOf("main.sla"), first.GetProperty("uri").GetString());
        var line = Samples.Contract.Split('\n').ToList().FindIndex(l => l.Contains("exclude causes"));
        Assert.Equal(line, first.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Render_of_broken_text_answers_an_error_never_throws_anything_else()
    {
        foreach (var text in new[] { "", "contract", "contract x \"", "clause {{{", Samples.Contract[..(Samples.Contract.Length / 2)], "cause a \"A\"" })
        {
            _host.Open("main.sla", text);
            var error = Assert.Throws<LspException>(() => Render(RenderMain()));
            Assert.Contains(error.Code, new[] { ErrorCodes.RequestFailed, ErrorCodes.InvalidParams });
        }
    }

    [Fact]
    public void Render_refuses_unknown_languages_layouts_and_closed_documents()
    {
        _host.Open("main.sla", Samples.Contract);
        Assert.Equal(ErrorCodes.InvalidParams, Assert.Throws<LspException>(() => Render(RenderMain(["fr"]))).Code);
        Assert.Equal(ErrorCodes.InvalidParams, Assert.Throws<LspException>(() => Render(RenderMain(layout: "diagonal"))).Code);
        Assert.Equal(ErrorCodes.InvalidParams, Assert.Throws<LspException>(() => Render(RenderMain(layout: "single"))).Code);
        var closed = Assert.Throws<LspException>(() => Render(new RenderParams(_host.Document("other.sla"))));
        Assert.Equal(ErrorCodes.InvalidParams, closed.Code);
        Assert.Contains("not open", closed.Message);
    }

    [Fact]
    public void Render_of_a_library_is_refused()
    {
        _host.Open("main.sla", Samples.Common);
        var error = Assert.Throws<LspException>(() => Render(RenderMain()));
        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("no `contract` header", error.Message);
    }

    // ---- pledge/evaluate

    [Fact]
    public void Evaluate_a_log_file_gives_the_json_report_and_the_text_report()
    {
        _host.Open("main.sla", Samples.Contract);
        _host.WriteFile("october.csv", Log);
        var result = Evaluate(EvaluateMain(new IncidentsSource(Path: "october.csv")));

        var report = result.Report;
        Assert.Equal("idc", report.GetProperty("contract").GetString());
        Assert.Equal("2026-10", report.GetProperty("period").GetString());
        var connectivity = report.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "connectivity");
        // N-01: reported 10:00, restored 11:00: 60 min against 44.64 allowed in 31 days; N-02 is the customer's equipment.
        Assert.Equal("60", connectivity.GetProperty("downtimeMinutes").GetString());
        Assert.True(connectivity.GetProperty("breached").GetBoolean());
        Assert.Contains("20000", connectivity.GetRawText());
        Assert.NotNull(result.Text);
        Assert.Contains("connectivity · 网络联通性保证 · 2026-10: BROKEN", result.Text);
        Assert.Contains("excluded (cause)", result.Text);
    }

    [Fact]
    public void Evaluate_a_log_given_as_text_reads_csv_and_jsonl_alike()
    {
        _host.Open("main.sla", Samples.Contract);
        var csv = Evaluate(EvaluateMain(new IncidentsSource(Text: Log, Format: "csv")));
        const string jsonl = """
            {"id":"N-01","clause":"connectivity","started":"2026-10-03T09:50:00+08:00","reported":"2026-10-03T10:00:00+08:00","restored":"2026-10-03T11:00:00+08:00"}
            {"id":"N-02","clause":"connectivity","causes":["customer_equipment"],"started":"2026-10-08T13:40:00+08:00","reported":"2026-10-08T14:00:00+08:00","restored":"2026-10-08T16:00:00+08:00"}
            """;
        var lines = Evaluate(EvaluateMain(new IncidentsSource(Text: jsonl, Format: "jsonl")));
        Assert.Equal(csv.Report.GetRawText(), lines.Report.GetRawText());
        Assert.Equal(csv.Text, lines.Text);
    }

    [Fact]
    public void Evaluate_reads_the_editor_text_not_the_disk()
    {
        _host.WriteFile("main.sla", Samples.Contract);
        _host.Open("main.sla", Samples.Contract.Replace("availability 99.9% per month", "availability 99% per month"));
        var report = Evaluate(EvaluateMain(new IncidentsSource(Text: Log, Format: "csv"))).Report;
        var connectivity = report.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "connectivity");
        Assert.Equal("99", connectivity.GetProperty("committedAvailability").GetString());
        Assert.False(connectivity.GetProperty("breached").GetBoolean());
    }

    [Fact]
    public void Evaluate_a_malformed_log_answers_every_bad_row_with_file_line_and_column()
    {
        _host.Open("main.sla", Samples.Contract);
        _host.WriteFile("bad.csv", Log + "\nN-03,connectivity,,no_such_cause,2026-10-09T10:00:00+08:00,2026-10-09T10:00:00+08:00,,,,not a time,,\n");
        var error = Assert.Throws<LspException>(() => Evaluate(EvaluateMain(new IncidentsSource(Path: "bad.csv"))));
        Assert.Equal(ErrorCodes.InvalidParams, error.Code);
        Assert.Matches(@"^the incident log is malformed: bad\.csv:4:\d+: ", error.Message);
        using var data = JsonDocument.Parse(error.DataJson!);
        Assert.Equal("incidentLog", data.RootElement.GetProperty("kind").GetString());
        var rows = data.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(rows.Count >= 2, error.Message);
        Assert.All(rows, r =>
        {
            Assert.Equal("bad.csv", r.GetProperty("file").GetString());
            Assert.Equal(4, r.GetProperty("line").GetInt32());
            Assert.True(r.GetProperty("column").GetInt32() > 1);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString()));
        });

        var text = Assert.Throws<LspException>(() => Evaluate(EvaluateMain(new IncidentsSource(Text: "{\"id\": \"N-01\", \"clause\": ", Format: "jsonl"))));
        Assert.StartsWith($"the incident log is malformed: {EvaluateHandler.TextLogName}:1:", text.Message);
    }

    [Fact]
    public void Evaluate_refuses_bad_inputs_with_InvalidParams()
    {
        _host.Open("main.sla", Samples.Contract);
        var log = new IncidentsSource(Text: Log, Format: "csv");
        void Refused(EvaluateParams p, string expected)
        {
            var error = Assert.Throws<LspException>(() => Evaluate(p));
            Assert.Equal(ErrorCodes.InvalidParams, error.Code);
            Assert.Contains(expected, error.Message);
        }
        Refused(EvaluateMain(log, period: "October"), "is not a period");
        Refused(EvaluateMain(new IncidentsSource(Path: "missing.csv")), "cannot read `missing.csv`");
        Refused(EvaluateMain(new IncidentsSource(Path: "log.txt")), "not an incident log");
        Refused(EvaluateMain(new IncidentsSource(Text: Log)), "needs its `format`");
        Refused(EvaluateMain(new IncidentsSource(Text: Log, Format: "xml")), "`csv` or `jsonl`");
        Refused(EvaluateMain(new IncidentsSource()), "needs a `path`");
        Refused(EvaluateMain(log, parameters: new() { ["monthly_fee"] = Json("\"twenty thousand\"") }), "`monthly_fee` is money");
        Refused(EvaluateMain(log, parameters: new() { ["no_such"] = Json("\"1\"") }), "no parameter `no_such`");
        Refused(EvaluateMain(log, parameters: new()), "monthly_fee");
        Refused(EvaluateMain(log, paid: new() { ["nothing"] = Json("10") }), "no clause `nothing`");
        Refused(EvaluateMain(log, paid: new() { ["connectivity"] = Json("\"10 USD\"") }), "not in the contract's currency CNY");
    }

    [Fact]
    public void Evaluate_takes_already_paid_amounts_as_numbers_or_money()
    {
        _host.Open("main.sla", Samples.Contract);
        var log = new IncidentsSource(Text: Log, Format: "csv");
        var number = Evaluate(EvaluateMain(log, paid: new() { ["connectivity"] = Json("2500") }));
        var money = Evaluate(EvaluateMain(log, paid: new() { ["connectivity"] = Json("\"2500 CNY\"") }));
        Assert.Equal(number.Report.GetRawText(), money.Report.GetRawText());
    }

    private const string CappedContract = """
        contract capped "限额" / "Capped"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY
        parameter value "总价" / "Contract value" : money
        clause restore "恢复" / "Restoration" {
          restore within 2 h after reported
          remedy 0.25% of value per started day late, cap 5% of value in total
        }
        """;

    private const string LateLog = """
        id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km
        R-01,restore,,,2026-10-05T10:00:00+08:00,2026-10-05T10:00:00+08:00,,,,2026-10-08T11:00:00+08:00,,
        """;

    private EvaluateParams EvaluateCapped(JsonElement paidToDate) =>
        new(_host.Document("main.sla"), new IncidentsSource(Text: LateLog, Format: "csv"), "2026-10",
            new() { ["value"] = Json("\"100000 CNY\"") }, null, paidToDate);

    private void Refused(EvaluateParams parameters, string expected)
    {
        var error = Assert.Throws<LspException>(() => Evaluate(parameters));
        Assert.Equal(ErrorCodes.InvalidParams, error.Code);
        Assert.Contains(expected, error.Message);
    }

    private static string Owed(EvaluateResult result) => result.Report.GetProperty("total").GetProperty("amount").GetString()!;

    [Fact]
    public void Evaluate_reads_paid_to_date_as_the_CLI_does()
    {
        _host.Open("main.sla", CappedContract);
        // Due 12:00 on the 5th, restored 11:00 on the 8th: late 2 days 23 h, 3 started days × 250 = 750, cap 5,000 in total.
        Assert.Equal("750.00", Owed(Evaluate(EvaluateCapped(Json("0")))));
        Assert.Equal("500.00", Owed(Evaluate(EvaluateCapped(Json("4500")))));
        Assert.Equal("500.00", Owed(Evaluate(EvaluateCapped(Json("\"4500 CNY\"")))));
        Assert.Equal("0.00", Owed(Evaluate(EvaluateCapped(Json("{ \"restore\": 6000 }")))));
        Assert.Equal("500.00", Owed(Evaluate(EvaluateCapped(Json("4.5e3")))));
        Refused(EvaluateCapped(Json("1")) with { AlreadyPaid = new() { ["restore"] = Json("1") } }, "give it once");

        Refused(EvaluateCapped(Json("-1")), "is negative");
        Refused(EvaluateCapped(Json("\"4500 USD\"")), "not in the contract's currency CNY");
        Refused(EvaluateCapped(Json("{ \"nothing\": 1 }")), "no clause `nothing`");
        Refused(EvaluateCapped(Json("[1]")), "is an amount");

        _host.Open("main.sla", Samples.Contract);
        var noCap = new EvaluateParams(_host.Document("main.sla"), new IncidentsSource(Text: Log, Format: "csv"), "2026-10",
            new() { ["monthly_fee"] = Json("\"20000 CNY\"") }, null, Json("100"));
        Refused(noCap, "no clause with a cap `in total`");
    }

    [Fact]
    public void Evaluate_a_contract_with_errors_is_refused()
    {
        _host.Open("main.sla", Samples.Contract.Replace("remedy waive monthly_fee", "remedy waive no_such_fee"));
        var error = Assert.Throws<LspException>(() => Evaluate(EvaluateMain(new IncidentsSource(Text: Log, Format: "csv"))));
        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("cannot be evaluated", error.Message);
        Assert.Contains("no_such_fee", error.Message);
    }

    public void Dispose() => _host.Dispose();
}
