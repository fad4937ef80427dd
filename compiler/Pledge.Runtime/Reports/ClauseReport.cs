using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Reports;

/// <summary>
/// One clause in one of its periods. Downtime, availability and outages are null/empty for a clause that commits
/// no availability and no maximum downtime. <see cref="ClaimUntil"/> is the last day to claim, when the clause has
/// a `claim` item (and, for `after breach`, a breach).
/// </summary>
public sealed record ClauseReport(
    string Name,
    string Title,
    ReportingPeriod Period,
    Interval PeriodInterval,
    decimal? CommittedAvailability,
    decimal? MaxDowntimeMinutes,
    decimal? DowntimeMinutes,
    decimal? Availability,
    ImmutableArray<CountedOutage> Outages,
    bool Breached,
    BreachReasonList BreachReasons,
    ImmutableArray<IncidentVerdict> Incidents,
    ImmutableArray<RemedyLine> Remedies,
    Money Total,
    LocalDate? ClaimUntil)
{
    /// <summary>The real length of the period in minutes (a DST month is 60 longer or shorter).</summary>
    public decimal PeriodMinutes => Minutes.Of(PeriodInterval.Duration);
}
