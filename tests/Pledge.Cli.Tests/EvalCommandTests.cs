using System.Text.Json;

namespace Pledge.Cli.Tests;

/// <summary>
/// `pledge eval` on the example contracts and their incident logs (examples/idc/october-2026.csv,
/// examples/email/incidents-2026-10.jsonl); the key figures are worked out by hand in the comments.
/// </summary>
public class EvalCommandTests
{
    private static string Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples", "idc"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "examples");
    }

    private static CliRun Eval(params string[] args)
    {
        using var workspace = new TempWorkspace();
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Program.Run(["eval", .. args], new CliContext(stdout, stderr, Examples(), ColorSupported: false));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Clause(JsonDocument report, string name) =>
        report.RootElement.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static JsonElement Milestone(JsonElement clause, string incident, string milestone) =>
        clause.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("id").GetString() == incident)
            .GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("name").GetString() == milestone);

    private static string? S(JsonElement e, string property) => e.GetProperty(property).GetString();

    [Fact]
    public void Idc_october()
    {
        var run = Eval("idc/idc-guarantee.sla", "--incidents", "idc/october-2026.csv", "--period", "2026-10", "--param", "monthly_fee=20000 CNY", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);

        // connectivity, from reported to restored. N-01 10:00–10:25 and N-02 10:15–10:40 overlap: 40 min once.
        // N-03 (customer_equipment) and N-04 (force majeure, top-level) are excluded; N-05 was reported 6 days 1 h
        // after it started (> 5 days). N-06 23:50 → 00:30 crosses into November: 10 min in October.
        // Downtime 50 min of 44640: availability 1 − 50/44640 = 99.8879…% < 99.9%, and 50 > 44 min: broken,
        // so the monthly fee of 20000.00 CNY is waived.
        var connectivity = Clause(report, "connectivity");
        Assert.Equal("50", S(connectivity, "downtimeMinutes"));
        Assert.StartsWith("99.8879", S(connectivity, "availability"));
        Assert.True(connectivity.GetProperty("breached").GetBoolean());
        var excluded = connectivity.GetProperty("incidents").EnumerateArray()
            .Where(i => i.GetProperty("excluded").ValueKind != JsonValueKind.Null)
            .ToDictionary(i => S(i, "id")!, i => S(i.GetProperty("excluded"), "kind"));
        Assert.Equal(new Dictionary<string, string?> { ["N-03"] = "cause", ["N-04"] = "cause", ["N-05"] = "unreported" }, excluded);
        Assert.Equal("20000.00", S(connectivity.GetProperty("remedies")[0], "amount"));

        // power, from started to restored: P-01 03:00:00 → 03:03:30 = 3.5 min; P-02 (utility outage) and N-04
        // excluded. 99.99% of 44640 min allows 4.464 min: kept, nothing waived.
        var power = Clause(report, "power");
        Assert.Equal("3.5", S(power, "downtimeMinutes"));
        Assert.False(power.GetProperty("breached").GetBoolean());
        Assert.Equal("0.00", S(power.GetProperty("remedies")[0], "amount"));

        // spare_server: S-01 reported 9 Oct 22:00, due 10 Oct 06:00, restored 07:30: missed by 90 min.
        var spare = Milestone(Clause(report, "spare_server"), "S-01", "restore");
        Assert.Equal(("missed", "90"), (S(spare, "status"), S(spare, "lateMinutes")));

        // complaints: C-02 responded 18:30, due 18:00 (2 h after 16:00): missed by 30 min; its report at 19:00 was
        // due 20:10 (4 h after acknowledged 16:10): met. C-01's report was due 13:30 (acknowledged 09:30) and sent
        // 14:00: missed by 30 min; its resolution is due 10 November: pending.
        var complaints = Clause(report, "complaints");
        Assert.Equal(("missed", "30"), (S(Milestone(complaints, "C-02", "respond"), "status"), S(Milestone(complaints, "C-02", "respond"), "lateMinutes")));
        Assert.Equal("met", S(Milestone(complaints, "C-02", "report"), "status"));
        Assert.Equal("missed", S(Milestone(complaints, "C-01", "report"), "status"));
        Assert.Equal("pending", S(Milestone(complaints, "C-01", "resolve"), "status"));
        Assert.Equal("2026-11-10T09:00:00+08:00", S(Milestone(complaints, "C-01", "resolve"), "deadline"));

        Assert.Equal("20000.00", S(report.RootElement.GetProperty("total"), "amount"));
        Assert.Equal("CNY", S(report.RootElement.GetProperty("total"), "currency"));
    }

    [Fact]
    public void Email_october_with_penalties_and_the_cap_in_total()
    {
        var run = Eval("email/email-system.sla", "--incidents", "email/incidents-2026-10.jsonl", "--period", "2026-10", "--param", "contract_value=500000 CNY", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);

        // restoration: 2 h after reported, 0.25% of 500000 = 1250 per started day late.
        // E-02 due 14 Oct 00:00, restored 15 Oct 01:00: 25 h late → 2 started days = 2500.
        // E-05 due 28 Oct 17:00, never restored: open, late until 1 Nov 00:00 = 79 h → 4 started days = 5000.
        // E-04 (server hardware) is outside free maintenance: excluded. E-06 is due 1 Nov 01:00: pending.
        // 2500 + 5000 = 7500, under the cap of 5% of 500000 = 25000 in total.
        var restoration = Clause(report, "restoration");
        Assert.Equal("open", S(Milestone(restoration, "E-05", "restore"), "status"));
        Assert.Equal("4740", S(Milestone(restoration, "E-05", "restore"), "lateMinutes"));
        Assert.Equal("pending", S(Milestone(restoration, "E-06", "restore"), "status"));
        Assert.Equal("7500.00", S(restoration.GetProperty("remedies")[0], "amount"));

        // priority_response: E-02 (serious, 30 min) responded 22:45 for 22:00: missed by 15 min; no remedy.
        Assert.Equal("15", S(Milestone(Clause(report, "priority_response"), "E-02", "respond"), "lateMinutes"));
        Assert.Equal("7500.00", S(report.RootElement.GetProperty("total"), "amount"));

        // With 20000 already paid under the cap in total, only 25000 − 20000 = 5000 is left.
        var capped = Eval("email/email-system.sla", "--incidents", "email/incidents-2026-10.jsonl", "--period", "2026-10",
            "--param", "contract_value=500000 CNY", "--paid-to-date", "20000", "--format", "json");
        using var cappedReport = JsonDocument.Parse(capped.Stdout);
        Assert.Equal("5000.00", S(cappedReport.RootElement.GetProperty("total"), "amount"));
    }

    [Fact]
    public void A_quarter_evaluates_each_month()
    {
        var run = Eval("email/email-system.sla", "--incidents", "email/incidents-2026-10.jsonl", "--period", "2026-Q4", "--param", "contract_value=500000 CNY", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var restoration = report.RootElement.GetProperty("clauses").EnumerateArray().Where(c => S(c, "name") == "restoration").ToList();
        Assert.Equal(["2026-10", "2026-11", "2026-12"], restoration.Select(c => S(c, "period")!).ToArray());
        // November: E-05 is still open, but its deadline fell in October, where it was charged: nothing more.
        // E-06 (reported 31 Oct 23:00) is due 1 Nov 01:00 and never restored: open until 1 Dec = 29 days 23 h → 30 started days = 37500,
        // capped at 25000 in total less the 7500 October owes = 17500. December: the cap is used up, 0.
        Assert.Equal("open", S(Milestone(restoration[1], "E-06", "restore"), "status"));
        Assert.Equal("17500.00", S(restoration[1].GetProperty("remedies")[0], "amount"));
        Assert.Equal("0.00", S(restoration[2].GetProperty("remedies")[0], "amount"));
        Assert.Equal("25000.00", S(report.RootElement.GetProperty("total"), "amount"));
    }

    [Theory]
    [InlineData("idc/idc-guarantee.sla", "idc/october-2026.csv", "monthly_fee=20000 CNY")]
    [InlineData("email/email-system.sla", "email/incidents-2026-10.jsonl", "contract_value=500000 CNY")]
    [InlineData("software/maintenance.sla", "software/incidents-2026-10.csv", null)]
    [InlineData("low-voltage/after-sales.sla", "low-voltage/incidents-2026-10.csv", null)]
    public void Every_example_log_evaluates(string contract, string log, string? parameter)
    {
        string[] args = ["--incidents", log, "--period", "2026-10", "--format", "json"];
        var run = Eval([contract, .. args, .. parameter is null ? Array.Empty<string>() : ["--param", parameter]]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.NotEmpty(report.RootElement.GetProperty("clauses").EnumerateArray());
    }

    [Fact]
    public void Business_calendars_and_distance_tiers_in_the_examples()
    {
        // software: F-01 (critical) reported Friday 9 October 16:00; `1 business day on office` (09:00–17:00) is 8
        // working hours: 1 h on Friday, 7 h on Monday → due Monday 12 October 16:00; resolved 17:30: 90 min late.
        // F-02 (general) reported Wednesday 30 September 15:00; 3 business days = 24 h: 2 h on the 30th, the
        // 1st–7th are holidays, 8 h on Thursday 8th, 8 h on Friday 9th, 6 h on Monday 12th → due 15:00: met at 11:00.
        var software = Eval("software/maintenance.sla", "--incidents", "software/incidents-2026-10.csv", "--period", "2026-10", "--format", "json");
        using var s = JsonDocument.Parse(software.Stdout);
        var faults = Clause(s, "post_acceptance_faults");
        Assert.Equal(("2026-10-12T16:00:00+08:00", "90"), (S(Milestone(faults, "F-01", "resolve"), "deadline"), S(Milestone(faults, "F-01", "resolve"), "lateMinutes")));
        Assert.Equal(("2026-10-12T15:00:00+08:00", "met"), (S(Milestone(faults, "F-02", "resolve"), "deadline"), S(Milestone(faults, "F-02", "resolve"), "status")));

        // low-voltage: O-02 at 120 km falls in `up to 400 km : 8 h` (the first tier whose bound ≥ 120): due 21:00,
        // arrived 22:10, 70 min late. O-03 has no distance: not judged. O-04 at 900 km is `beyond : 24 h`.
        var lowVoltage = Eval("low-voltage/after-sales.sla", "--incidents", "low-voltage/incidents-2026-10.csv", "--period", "2026-10", "--format", "json");
        using var l = JsonDocument.Parse(lowVoltage.Stdout);
        var onsite = Clause(l, "onsite_support");
        Assert.Equal("70", S(Milestone(onsite, "O-02", "arrive"), "lateMinutes"));
        Assert.Equal("notJudged", S(Milestone(onsite, "O-03", "arrive"), "status"));
        Assert.Equal("2026-10-21T08:00:00+08:00", S(Milestone(onsite, "O-04", "arrive"), "deadline"));
    }

    [Fact]
    public void The_text_report_shows_verdicts_and_arithmetic()
    {
        var run = Eval("email/email-system.sla", "--incidents", "email/incidents-2026-10.jsonl", "--period", "2026-10", "--param", "contract_value=500000 CNY");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("restoration · 服务恢复 · 2026-10: BROKEN", run.Stdout);
        Assert.Contains("MISSED by 1 day 1 h", run.Stdout);
        Assert.Contains("incident E-02: restore late 1 day 1 h = 2 started days × 0.25% of 500000 = 2500", run.Stdout);
        Assert.Contains("total owed: 7500.00 CNY", run.Stdout);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        string[] args = ["idc/idc-guarantee.sla", "--incidents", "idc/october-2026.csv", "--period", "2026-10", "--param", "monthly_fee=20000 CNY", "--format", "json"];
        Assert.Equal(Eval(args).Stdout, Eval(args).Stdout);
    }

    [Fact]
    public void A_malformed_log_is_a_usage_error_with_file_line_and_column()
    {
        using var workspace = new TempWorkspace();
        var contract = Path.Combine(Examples(), "idc", "idc-guarantee.sla");
        workspace.Write("bad.csv", "id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km\n" +
                                   "A,connectivity,,,2026-10-03T10:00:00+08:00,,,,,,,\n" +
                                   "B,conectivity,,,2026-10-03 10:00,,,,,,,\n");
        var run = workspace.Run("eval", contract, "--incidents", "bad.csv", "--period", "2026-10", "--param", "monthly_fee=20000 CNY");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.Stderr.Split('\n').Count(l => l.StartsWith("pledge: error: ", StringComparison.Ordinal)));
        Assert.Contains("pledge: error: bad.csv:3:3: unknown clause `conectivity`", run.Stderr);
        Assert.Contains("pledge: error: bad.csv:3:17: `started` is `2026-10-03 10:00`", run.Stderr);
    }

    [Fact]
    public void A_contract_with_errors_exits_1()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("broken.sla", Samples.UnterminatedString);
        workspace.Write("log.csv", "id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km\n");
        var run = workspace.Run("eval", "broken.sla", "--incidents", "log.csv", "--period", "2026-10");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PLG", run.Stderr);
    }

    [Theory]
    [InlineData("--period", "2026-13", "not a period")]
    [InlineData("--param", "monthly_fee=20000", "monthly_fee=\"20000 CNY\"")]
    [InlineData("--param", "fee=1 CNY", "no parameter `fee`")]
    [InlineData("--paid-to-date", "nowhere=5", "no clause `nowhere`")]
    public void Usage_errors_exit_2(string option, string value, string message)
    {
        var args = new List<string> { "idc/idc-guarantee.sla", "--incidents", "idc/october-2026.csv", "--period", "2026-10", "--param", "monthly_fee=20000 CNY" };
        if (option == "--period") args[4] = value;
        else if (option == "--param" && value.StartsWith("monthly_fee", StringComparison.Ordinal)) args[6] = value;
        else args.AddRange([option, value]);
        var run = Eval([.. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_missing_money_parameter_exits_2()
    {
        var run = Eval("idc/idc-guarantee.sla", "--incidents", "idc/october-2026.csv", "--period", "2026-10");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--param monthly_fee=", run.Stderr);
    }

    [Fact]
    public void The_report_can_be_written_to_a_file()
    {
        using var workspace = new TempWorkspace();
        var contract = Path.Combine(Examples(), "email", "email-system.sla");
        var log = Path.Combine(Examples(), "email", "incidents-2026-10.jsonl");
        var run = workspace.Run("eval", contract, "--incidents", log, "--period", "2026-10", "--param", "contract_value=500000 CNY", "--format", "json", "-o", "report.json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        using var report = JsonDocument.Parse(workspace.Read("report.json"));
        Assert.Equal("email_service", S(report.RootElement, "contract"));
    }
}
