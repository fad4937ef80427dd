using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;
using Xunit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>
/// Evaluates contract snippets with the reference interpreter. Times are written without an offset and read in
/// the contract's offset (+08:00 for Asia/Shanghai unless a test says otherwise), so that tests read like the log.
/// </summary>
internal static class EvalKit
{
    public static string Header(string zone = "Asia/Shanghai", string rounding = "half-up 0.01") => $"""
        contract test "测试" / "Test"
        languages zh-CN, en
        timezone "{zone}"
        currency CNY
        rounding {rounding}
        parameter fee "月费" / "Monthly fee" : money
        parameter value "总价" / "Contract value" : money
        cause customer "客户原因" / "the customer"
        cause maint "计划维护" / "planned maintenance"
        cause typhoon "台风" / "typhoon"
        severity critical "重大" / "Critical" : "停机" / "down"
        severity minor "一般" / "Minor" : "轻微" / "light"

        """;

    public static ContractInterpreter Interpreter(string body, string? header = null)
    {
        var compilation = Compilation.FromText((header ?? Header()) + body);
        var errors = compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new ContractInterpreter(compilation.GetSemanticModel(compilation.RootTrees[0]));
    }

    public static EvaluationReport Evaluate(string body, string period, IEnumerable<Incident> incidents,
        decimal fee = 10000m, decimal value = 100000m, string? header = null, IReadOnlyDictionary<string, decimal>? paid = null)
    {
        var input = new EvaluationInput(ReportingPeriod.Parse(period), new IncidentLog("test.csv", [.. incidents]))
            .WithParameter("fee", new MoneyParameter(new Money(fee, "CNY")))
            .WithParameter("value", new MoneyParameter(new Money(value, "CNY")));
        foreach (var (clause, amount) in paid ?? new Dictionary<string, decimal>()) input = input.WithAlreadyPaid(clause, amount);
        return Interpreter(body, header).Evaluate(input);
    }

    /// <summary>`2026-10-03T10:00` in +08:00 (or with its own offset when written).</summary>
    public static Instant At(string text, string offset = "+08:00") =>
        Timestamps.TryParse(text.Contains('+') || text.EndsWith('Z') || text.LastIndexOf('-') > 9 ? text : text + offset)
        ?? throw new ArgumentException(text);

    public static Incident Incident(
        string id, string? clause = null, string? started = null, string? reported = null, string? restored = null,
        string? responded = null, string? arrived = null, string? resolved = null, string? acknowledged = null,
        string? causes = null, string? severity = null, decimal? km = null, string? notified = null, string offset = "+08:00") => new()
    {
        Id = id,
        Clauses = clause is null ? [] : [.. clause.Split(';')],
        Causes = causes is null ? [] : [.. causes.Split(';')],
        Severity = severity,
        Started = Opt(started, offset),
        Reported = Opt(reported, offset),
        Acknowledged = Opt(acknowledged, offset),
        Responded = Opt(responded, offset),
        Arrived = Opt(arrived, offset),
        Restored = Opt(restored, offset),
        Resolved = Opt(resolved, offset),
        Notified = Opt(notified, offset),
        DistanceKm = km,
    };

    private static Instant? Opt(string? text, string offset) => text is null ? null : At(text, offset);

    public static ClauseReport Clause(this EvaluationReport report, string name, string? period = null) =>
        report.Clauses.Single(c => c.Name == name && (period is null || c.Period.Label == period));

    public static MilestoneVerdict Milestone(this ClauseReport clause, string incident, string milestone) =>
        clause.Incidents.Single(i => i.Id == incident).Milestones.Single(m => m.Milestone == milestone);

    public static RemedyLine Remedy(this ClauseReport clause, string kind) => clause.Remedies.Single(r => r.Kind == kind);

    public static decimal LateMinutes(this MilestoneVerdict m) => Minutes.Of(m.Late!.Value);
}
