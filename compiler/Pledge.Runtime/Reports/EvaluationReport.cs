using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Reports;

/// <summary>
/// The result of evaluating a contract for a period: one <see cref="ClauseReport"/> per clause and clause period
/// (clauses in contract order, periods in time order), and the total owed in the contract's currency
/// (<see cref="OtherTotals"/> holds amounts owed in other currencies, e.g. `pay 500 USD per breach`).
/// </summary>
public sealed record EvaluationReport(
    string Contract,
    string Title,
    ReportingPeriod Period,
    string TimeZoneName,
    DateTimeZone Zone,
    string Currency,
    MoneyRounding Rounding,
    ImmutableArray<ClauseReport> Clauses,
    Money Total,
    ImmutableArray<Money> OtherTotals);
