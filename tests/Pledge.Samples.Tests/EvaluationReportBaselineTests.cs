using System.Runtime.CompilerServices;
using System.Text.Json;
using Pledge.Cli;
using Pledge.Cli.Commands;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// The expected JSON report of each example contract that has an incident log, for the log's month, as
/// `pledge eval --format json` writes it: tests/Samples/reports/&lt;example&gt;-&lt;period&gt;.json. The interpreter (the
/// oracle) writes the baseline; the compiled engine must give the same bytes. PLEDGE_REFRESH_BASELINES=1 rewrites.
/// </summary>
public class EvaluationReportBaselineTests
{
    /// <summary>The evaluator cache goes under the test output (never the user's ~/.cache), set before any test runs.</summary>
    [ModuleInitializer]
    internal static void KeepTheEvaluatorCacheInTheTestOutput() =>
        Environment.SetEnvironmentVariable("PLEDGE_EVALUATOR_CACHE", Path.Combine(AppContext.BaseDirectory, ".artifacts", "evaluators"));

    public static TheoryData<string, string, string, string, string?> Logs => new()
    {
        { "idc", "idc/idc-guarantee.sla", "idc/october-2026.csv", "2026-10", "monthly_fee=20000 CNY" },
        { "email", "email/email-system.sla", "email/incidents-2026-10.jsonl", "2026-10", "contract_value=500000 CNY" },
        { "software", "software/maintenance.sla", "software/incidents-2026-10.csv", "2026-10", null },
        { "low-voltage", "low-voltage/after-sales.sla", "low-voltage/incidents-2026-10.csv", "2026-10", null },
        // November has 30 days: 43 min 30 s is under the 44-minute maximum and still below 99.9%.
        { "korean", "korean/idc-guarantee-ko.sla", "korean/incidents-2026-11.csv", "2026-11", "monthly_fee=15000 CNY" },
    };

    [Fact]
    public void Every_example_incident_log_has_a_baseline()
    {
        var logs = Directory.EnumerateFiles(Path.Combine(SampleFolder.Root, "examples"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(SampleFolder.Root, "examples"), f).Replace('\\', '/'))
            .Where(f => f != "paint/customers.csv") // certificate data, not incidents
            .Order(StringComparer.Ordinal);
        var covered = Logs.Select(row => (string)row[2]).Order(StringComparer.Ordinal);
        Assert.Equal(logs, covered);
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void Report_matches_the_baseline_and_both_engines_agree(string example, string contract, string log, string period, string? parameter)
    {
        var interpreted = Eval(contract, log, period, parameter, "interpreted");
        var compiled = Eval(contract, log, period, parameter, "compiled");
        Assert.Equal(interpreted, compiled);
        Baseline.Check(Path.Combine(SampleFolder.Root, "tests", "Samples", "reports", $"{example}-{period}.json"), interpreted);
    }

    /// <summary>
    /// `pledge eval --format html` of the examples with remedies that owe something (a waiver, penalties under a cap
    /// in total): tests/Samples/reports/&lt;example&gt;-&lt;period&gt;.html, reviewed as a diff like the JSON.
    /// </summary>
    [Theory]
    [InlineData("idc", "idc/idc-guarantee.sla", "idc/october-2026.csv", "2026-10", "monthly_fee=20000 CNY")]
    [InlineData("email", "email/email-system.sla", "email/incidents-2026-10.jsonl", "2026-10", "contract_value=500000 CNY")]
    public void Html_report_matches_the_baseline(string example, string contract, string log, string period, string parameter) =>
        Baseline.Check(Path.Combine(SampleFolder.Root, "tests", "Samples", "reports", $"{example}-{period}.html"),
            Eval(contract, log, period, parameter, "interpreted", "html"));

    /// <summary>The fields issue 4.5 requires, by their names in the runtime's writer, and amounts and percentages as strings.</summary>
    [Theory]
    [MemberData(nameof(Logs))]
    public void Report_has_the_documented_shape(string example, string contract, string log, string period, string? parameter)
    {
        _ = example;
        using var report = JsonDocument.Parse(Eval(contract, log, period, parameter, "interpreted"));
        var root = report.RootElement;
        var clauses = root.GetProperty("clauses").EnumerateArray().ToList();
        Assert.NotEmpty(clauses);
        var incidents = 0;
        foreach (var clause in clauses)
        {
            Assert.Equal(JsonValueKind.String, clause.GetProperty("name").ValueKind);
            Assert.True(clause.TryGetProperty("downtimeMinutes", out _), "clause.downtimeMinutes");
            if (clause.TryGetProperty("availability", out var availability) && availability.ValueKind != JsonValueKind.Null)
                DecimalString(availability);
            Assert.Contains(clause.GetProperty("breached").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null });
            foreach (var incident in clause.GetProperty("incidents").EnumerateArray())
            {
                incidents++;
                Assert.Equal(JsonValueKind.String, incident.GetProperty("id").ValueKind);
                // `excluded` is null, or says why: { "kind": …, "reason": … }.
                var excluded = incident.GetProperty("excluded");
                if (excluded.ValueKind != JsonValueKind.Null)
                    Assert.Equal(JsonValueKind.String, excluded.GetProperty("reason").ValueKind);
                foreach (var milestone in incident.GetProperty("milestones").EnumerateArray())
                {
                    Assert.Equal(JsonValueKind.String, milestone.GetProperty("name").ValueKind);
                    Assert.True(milestone.TryGetProperty("deadline", out _), "milestone.deadline");
                    Assert.Equal(JsonValueKind.String, milestone.GetProperty("status").ValueKind);
                    Assert.True(milestone.TryGetProperty("lateMinutes", out _), "milestone.lateMinutes");
                }
            }
            foreach (var remedy in clause.GetProperty("remedies").EnumerateArray())
            {
                DecimalString(remedy.GetProperty("amount"));
                Assert.Equal(JsonValueKind.String, remedy.GetProperty("currency").ValueKind);
                Assert.Equal(JsonValueKind.String, remedy.GetProperty("explanation").ValueKind);
            }
        }
        Assert.True(incidents > 0, "the log's incidents appear under the clauses");
        var total = root.GetProperty("total");
        DecimalString(total.GetProperty("amount"));
        Assert.Equal(JsonValueKind.String, total.GetProperty("currency").ValueKind);
        Assert.DoesNotContain(Numbers(root), n => n.Contains('.') || n.Contains('e') || n.Contains('E'));
    }

    private static void DecimalString(JsonElement value)
    {
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.Matches(@"^-?\d+(\.\d+)?$", value.GetString()!);
    }

    /// <summary>Every JSON number in the report, as written: none may be a floating-point value.</summary>
    private static IEnumerable<string> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        JsonValueKind.Number => [element.GetRawText()],
        _ => [],
    };

    internal static string Eval(string contract, string log, string period, string? parameter, string engine, string format = "json")
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(stdout, stderr, Path.Combine(SampleFolder.Root, "examples"), ColorSupported: false);
        var exit = EvalCommand.Run(context, contract, log, period, parameter is null ? [] : [parameter], [], format, null, engine);
        Assert.True(exit == 0, $"pledge eval {contract} exited {exit}: {stderr}");
        return stdout.ToString();
    }
}
