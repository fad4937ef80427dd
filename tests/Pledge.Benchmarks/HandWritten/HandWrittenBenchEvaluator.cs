using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// The benchmark contract (<see cref="EvaluationBenchmarks.Contract"/>) written by hand, as a performance-minded
/// engineer would write it for this one contract: its constants inlined, plain loops, no rule helpers. It is the
/// yardstick of issue 4's goal (compiled within 1.5× of hand-written code), so it must produce the very report the
/// compiled evaluator does, byte for byte (`--check-hand-written`, HandWrittenBenchmarkTests). Only this contract's
/// inputs are supported: money in another currency than CNY, or a period shorter than a month, is refused.
/// </summary>
public sealed class HandWrittenBenchEvaluator : IContractEvaluator
{
    internal const string Currency = "CNY";
    internal static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    internal static readonly MoneyRounding Rounding = new(RoundingMode.HalfUp, 0.01m);

    private static readonly IncidentVocabulary VocabularyValue = IncidentVocabulary.Of(
        ["uptime", "response", "onsite"], ["customer", "maint", "typhoon"], ["critical", "major", "minor"]);

    private static readonly IReadOnlyDictionary<string, ParameterKind> ParameterKindsValue =
        new Dictionary<string, ParameterKind>(StringComparer.Ordinal) { ["fee"] = ParameterKind.Money, ["value"] = ParameterKind.Money };

    public string ContractName => "bench";
    public IncidentVocabulary Vocabulary => VocabularyValue;
    public IReadOnlyDictionary<string, ParameterKind> ParameterKinds => ParameterKindsValue;

    public EvaluationReport Evaluate(EvaluationInput input)
    {
        var fee = MoneyOf(input, "fee");
        var value = MoneyOf(input, "value");
        // Every clause is monthly: a quarter or a year is evaluated month by month.
        var months = input.Period.SplitInto(PeriodKind.Month)
                     ?? throw new EvaluationInputException($"the period {input.Period.Label} is not made of whole months");

        var incidents = ClauseIncidents.Of(input.Incidents.Incidents);
        // Planned maintenance is counted over the whole log (its `at most 2 per month`), not once per month asked.
        var planned = PlannedMaintenanceNotices.Of(incidents.Uptime);

        var clauses = ImmutableArray.CreateBuilder<ClauseReport>(months.Count * 3);
        foreach (var month in months) clauses.Add(UptimeClause.Evaluate(month, incidents.Uptime, planned, fee));
        // The response penalty's cap is `in total`: each month has what earlier months of this evaluation left.
        var paid = input.AlreadyPaidFor("response");
        foreach (var month in months)
        {
            var report = ResponseClause.Evaluate(month, incidents.Response, value, paid);
            paid += report.Total.Amount;
            clauses.Add(report);
        }
        foreach (var month in months) clauses.Add(OnsiteClause.Evaluate(month, incidents.Onsite));

        // Each clause has one remedy line in CNY, so its total is that line's rounded amount.
        var total = 0m;
        foreach (var clause in clauses) total += clause.Total.Amount;
        return new EvaluationReport("bench", "基准", input.Period, "Asia/Shanghai", Zone, Currency, Rounding,
            clauses.MoveToImmutable(), new Money(RoundCny(total), Currency), []);
    }

    /// <summary>`rounding half-up 0.01`: half-up on the magnitude is .NET's away-from-zero.</summary>
    internal static decimal RoundCny(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The last day to claim when the window ends at <paramref name="end"/>: from a midnight, the day before.</summary>
    internal static LocalDate LastDayToClaim(Instant end)
    {
        var date = end.InZone(Zone).Date;
        return Zone.AtStartOfDay(date).ToInstant() == end ? date.PlusDays(-1) : date;
    }

    private static decimal MoneyOf(EvaluationInput input, string parameter)
    {
        if (!input.Parameters.TryGetValue(parameter, out var given) || given is not MoneyParameter { Value: var money })
            throw new EvaluationInputException($"the parameter `{parameter}` needs a money value");
        if (money.Currency != Currency)
            throw new EvaluationInputException($"the hand-written benchmark evaluator takes `{parameter}` only in {Currency}");
        return money.Amount;
    }
}
