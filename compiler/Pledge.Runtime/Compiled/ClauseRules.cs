using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The parts of a clause's evaluation that do not depend on its constants: which incidents a period's report lists,
/// availability and its breach, the breach reasons of missed milestones, the clause total. Emitted code calls them
/// between its inlined exclusions, deadlines and remedies.
/// </summary>
public static class ClauseRules
{
    /// <summary>
    /// Lists the incident in this period's report when it touches the period: its first event is in it, its outage
    /// overlaps it, or it has a milestone judged here (an incident of a downtime clause with neither an outage nor
    /// milestones is listed only in the period of its first event).
    /// </summary>
    public static void List(ImmutableArray<IncidentVerdict>.Builder verdicts, Incident incident, IncidentExclusion? excluded,
        List<MilestoneVerdict> milestones, List<string> notes, Interval? outage, Interval period, bool measuresDowntime)
    {
        var firstInPeriod = MilestoneRules.InPeriod(incident.FirstEvent, period);
        var touches = firstInPeriod || (outage is { } o && IntervalSet.Clip(o, period) is not null) || milestones.Count > 0;
        if (!touches) return;
        if (measuresDowntime && outage is null && milestones.Count == 0 && !firstInPeriod) return;
        // Copies of the clause's reused buffers, made only for listed incidents.
        verdicts.Add(new IncidentVerdict(incident.Id, excluded, excluded is null ? Copy(milestones) : [], Copy(notes)));
    }

    // A plain loop into an exact-size array: most lists hold zero to three items, where List.ToArray's general
    // copy costs more than the items.
    private static ImmutableArray<T> Copy<T>(List<T> items)
    {
        if (items.Count == 0) return [];
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = items[i];
        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }

    /// <summary>Downtime, availability (exact, in decimal) and whether they break the clause's commitments.</summary>
    public sealed record Measure(
        decimal DowntimeMinutes, decimal Availability, ImmutableArray<CountedOutage> Outages, bool Breached, Duration? Allowance);

    /// <param name="committed">`availability P`: P, or null.</param>
    /// <param name="maxMinutes">`max downtime D` in minutes, or null (none, or not of a fixed length).</param>
    /// <param name="maxText">D as written (`44 min`).</param>
    public static Measure MeasureDowntime(List<Outage> outages, Interval period, Duration minimum, string? ignoredNote,
        decimal? committed, decimal? maxMinutes, string? maxText, List<string> reasons)
    {
        var (downtime, counted) = OutageRules.Downtime(outages, period, minimum, ignoredNote);
        var breached = false;
        Duration? allowance = null;
        var lengthNs = (decimal)period.Duration.ToInt64Nanoseconds();
        var availability = (lengthNs - downtime.ToInt64Nanoseconds()) * 100m / lengthNs;
        if (committed is { } percent)
        {
            allowance = Duration.FromNanoseconds((long)decimal.Floor(lengthNs * (100m - percent) / 100m));
            if (availability < percent)
            {
                breached = true;
                reasons.Add(ReportSentences.AvailabilityBelow(availability, percent));
            }
        }
        if (maxMinutes is { } max)
        {
            var maxDuration = Minutes.ToDuration(max);
            if (allowance is null || maxDuration < allowance) allowance = maxDuration;
            if (downtime > maxDuration)
            {
                breached = true;
                reasons.Add(ReportSentences.DowntimeExceeds(downtime, maxText!));
            }
        }
        return new Measure(Minutes.Of(downtime), availability, counted, breached, allowance);
    }

    /// <summary>The deadlines of the missed or open milestones of counted incidents, for the breach instant (one per breach reason).</summary>
    public static List<Instant> MissedMilestones(ImmutableArray<IncidentVerdict>.Builder verdicts)
    {
        var missed = new List<Instant>();
        foreach (var verdict in verdicts)
        {
            if (verdict.Excluded is not null) continue;
            foreach (var m in verdict.Milestones)
                if (m.Status.IsMissed()) missed.Add(m.Due!.Value);
        }
        return missed;
    }

    /// <summary>
    /// The clause's breach reasons: those of its availability (<paramref name="measured"/>), then one per missed
    /// milestone (<paramref name="missedCount"/> of them), written from the verdicts when the report is read.
    /// </summary>
    public static BreachReasonList Reasons(List<string> measured, int missedCount, ImmutableArray<IncidentVerdict> verdicts) =>
        missedCount == 0 ? new BreachReasonList(measured) : new MissedMilestoneReasons(measured, missedCount, verdicts);

    /// <summary>The clause's total in the contract's currency (amounts in other currencies are totalled per currency by the report).</summary>
    public static Money Total(ImmutableArray<RemedyLine> remedies, string currency, MoneyRounding rounding)
    {
        var sum = 0m;
        foreach (var r in remedies)
            if (r.Amount.Currency == currency) sum += r.Amount.Amount;
        return new Money(rounding.Round(sum + 0m), currency);
    }

    /// <summary>
    /// The last day to claim: the date of the last instant before <paramref name="end"/> (= start + D), where the
    /// start is the period's end or the breach: from a midnight, the date of the end minus one day.
    /// </summary>
    public static LocalDate? LastDayToClaim(Instant? end, DateTimeZone zone)
    {
        if (end is not { } e) return null;
        var date = e.InZone(zone).Date;
        return zone.AtStartOfDay(date).ToInstant() == e ? date.PlusDays(-1) : date;
    }

    /// <summary>
    /// When the clause broke: the deadline of its first missed milestone, or the instant its downtime went past the
    /// allowance, whichever came first.
    /// </summary>
    public static Instant? BreachInstant(List<Instant> missedDeadlines, ImmutableArray<CountedOutage> outages, Duration? allowance)
    {
        Instant? first = null;
        foreach (var deadline in missedDeadlines)
            if (first is null || deadline < first) first = deadline;
        if (allowance is { } allowed)
        {
            var used = Duration.Zero;
            // Counted outages come from the merge in time order, and clipping keeps that order.
            foreach (var counted in outages)
            {
                if (counted.Counted is not { } outage) continue;
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

    /// <summary>The report's total per currency: the contract's currency first (always present), the others by code.</summary>
    public static (Money Total, ImmutableArray<Money> Others) Totals(IEnumerable<ClauseReport> clauses, string currency, MoneyRounding rounding)
    {
        var sum = 0m;
        SortedDictionary<string, decimal>? others = null;
        foreach (var clause in clauses)
            foreach (var remedy in clause.Remedies)
            {
                var amount = remedy.Amount;
                if (amount.Currency == currency) sum += amount.Amount;
                else
                {
                    others ??= new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                    others[amount.Currency] = others.GetValueOrDefault(amount.Currency) + amount.Amount;
                }
            }
        var total = new Money(rounding.Round(sum), currency);
        if (others is null) return (total, []);
        return (total, [.. others.Select(kv => new Money(rounding.Round(kv.Value), kv.Key))]);
    }
}
