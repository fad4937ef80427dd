using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// The last day to claim: the date of the last instant before (start + D), where the start is the period's end or
/// the breach. From a midnight that is the date of (start + D) minus one day: October with
/// `claim within 30 days after period end` may be claimed until 2026-11-30.
/// </summary>
internal static class ClaimDeadline
{
    public static LocalDate? LastDay(ClaimWindow claim, Instant periodEnd, Instant? breach, DateTimeZone zone)
    {
        var start = claim.Start == ClaimStart.PeriodEnd ? periodEnd : breach;
        if (start is null) return null;
        if (WrittenDurations.AddElapsed(start.Value, claim.Window, zone, out _) is not { } end) return null;
        var date = end.InZone(zone).Date;
        return zone.AtStartOfDay(date).ToInstant() == end ? date.PlusDays(-1) : date;
    }

    /// <summary>
    /// When the clause broke: the deadline of its first missed milestone, or the instant its downtime went past the
    /// allowance (the smaller of `max downtime` and what the percentage allows), whichever came first.
    /// </summary>
    public static Instant? BreachInstant(IEnumerable<Instant> missedDeadlines, IEnumerable<Interval> countedOutages, Duration? allowance)
    {
        Instant? first = null;
        foreach (var deadline in missedDeadlines)
            if (first is null || deadline < first) first = deadline;
        if (allowance is { } allowed)
        {
            var used = Duration.Zero;
            foreach (var outage in countedOutages.OrderBy(o => o.Start))
            {
                if (used + outage.Duration > allowed)
                {
                    var at = outage.Start + (allowed - used);
                    if (first is null || at < first) first = at;
                    break;
                }
                used += outage.Duration;
            }
        }
        return first;
    }
}
