using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// `clause uptime`: 99.9% availability and at most 44 min of downtime a month, downtime from `reported` to
/// `restored` over the incidents not excluded (by cause, unreported after 5 days, planned maintenance), merged
/// outages under 5 min ignored; a credit of the monthly fee by availability, capped at 50% of the fee.
/// </summary>
internal static class UptimeClause
{
    private static readonly Duration UnreportedAfter = Duration.FromDays(5);
    private static readonly Duration MaxDowntime = Duration.FromMinutes(44);
    private static readonly Duration ClaimWindow = Duration.FromDays(30);

    // The cause exclusions and the outage notes never change: one instance each, shared by every report.
    private static readonly IncidentExclusion CustomerCause =
        new(ExclusionKind.Cause, "cause `customer` is excluded by the clause (`exclude causes`)");
    private static readonly IncidentExclusion TyphoonCause =
        new(ExclusionKind.Cause, "cause `typhoon` is excluded by the exclusion `force_majeure` (不可抗力)");
    private const string NotReportedNote = "no `reported` time: no outage counted";
    private const string NotRestoredNote = "no `restored` time yet: the outage runs to the period's end";
    private const string RestoredBeforeReportedNote = "`restored` is not after `reported`: no outage counted";

    private const string CreditText = "credit fee by availability { below 99.9% : 10% below 99.0% : 25% at or below 95.0% : 100% }, cap 50% of fee per period";

    public static ClauseReport Evaluate(ReportingPeriod month, List<Incident> incidents, PlannedMaintenanceNotices planned, decimal fee)
    {
        var bounds = month.In(HandWrittenBenchEvaluator.Zone);
        var verdicts = ImmutableArray.CreateBuilder<IncidentVerdict>();
        var outages = new List<Outage>(incidents.Count);
        var notes = new List<string>(2);
        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            notes.Clear();
            var excluded = Excluded(incident, bounds);
            if (excluded is null) excluded = planned.Check(i, notes);

            // The outage is needed even for an excluded incident: it decides whether the month lists it.
            Interval? outage = null;
            if (incident.Reported is not { } from)
            {
                if (excluded is null) notes.Add(NotReportedNote);
            }
            else if (from < bounds.End)
            {
                if (incident.Restored is not { } to)
                {
                    if (excluded is null) notes.Add(NotRestoredNote);
                    outage = new Interval(from, bounds.End);
                }
                else if (to <= from)
                {
                    if (excluded is null) notes.Add(RestoredBeforeReportedNote);
                }
                else outage = new Interval(from, to);
            }
            // Outages outside the month still merge with those inside it, so every counted one is kept.
            if (excluded is null && outage is { } own) outages.Add(new Outage(own, incident.Id));

            // Listed when its first event is in the month or its outage overlaps it.
            var inMonth = incident.FirstEvent is { } first && first >= bounds.Start && first < bounds.End;
            if (inMonth || (outage is { } o && o.Start < bounds.End && o.End > bounds.Start))
                verdicts.Add(new IncidentVerdict(incident.Id, excluded, [], notes.Count == 0 ? [] : [.. notes]));
        }

        var (downtime, counted) = Downtime.Of(outages, bounds);
        var lengthNs = (decimal)bounds.Duration.ToInt64Nanoseconds();
        var availability = (lengthNs - downtime.ToInt64Nanoseconds()) * 100m / lengthNs;
        var reasons = new List<string>(2);
        if (availability < 99.9m)
            reasons.Add($"availability {DecimalText.Format(decimal.Round(availability, 4))}% is below the committed 99.9%");
        if (downtime > MaxDowntime)
            reasons.Add($"downtime {Minutes.Describe(downtime)} exceeds the maximum of 44 min");

        var credit = Credit(availability, fee);
        return new ClauseReport("uptime", "在线", month, bounds, 99.9m, 44m, Minutes.Of(downtime), availability, counted,
            reasons.Count > 0, new BreachReasonList(reasons), verdicts.ToImmutable(), [credit],
            credit.Amount, HandWrittenBenchEvaluator.LastDayToClaim(bounds.End + ClaimWindow));
    }

    /// <summary>Cause exclusions (the clause's, then `force_majeure`), then `exclude unreported after 5 days`.</summary>
    private static IncidentExclusion? Excluded(Incident incident, Interval bounds)
    {
        if (incident.HasCause("customer")) return CustomerCause;
        if (incident.HasCause("typhoon")) return TyphoonCause;
        if (incident.Started is not { } started) return null;
        // Not yet reported counts as reported at the month's end.
        var reported = incident.Reported ?? bounds.End;
        if (reported <= started + UnreportedAfter) return null;
        var after = Minutes.Describe(reported - started);
        return new IncidentExclusion(ExclusionKind.Unreported, incident.Reported is null
            ? $"not reported by the period's end, {after} after it started: more than 5 days (`exclude unreported after`)"
            : $"reported {after} after it started: more than 5 days (`exclude unreported after`)");
    }

    /// <summary>The credit table, lowest threshold first, then the cap of 50% of the fee, then rounding.</summary>
    private static RemedyLine Credit(decimal availability, decimal fee)
    {
        var availabilityText = DecimalText.Format(availability);
        if (availability >= 99.9m)
            return CreditLine(0m, new RemedyStep("no tier", $"availability {availabilityText}% matches no credit tier: no credit", 0m));
        var (tier, percent) = availability <= 95.0m ? ("is at or below 95%", 100m)
            : availability < 99.0m ? ("is below 99%", 25m)
            : ("is below 99.9%", 10m);
        var amount = fee * percent / 100m;
        var cap = fee * 50m / 100m;
        var raw = Math.Min(amount, cap);
        return CreditLine(raw,
            new RemedyStep("tier", $"availability {availabilityText}% {tier}: {DecimalText.Percent(percent)} of {DecimalText.Format(fee)} = {DecimalText.Format(amount)}", amount),
            new RemedyStep("cap", $"cap 50% of fee = {DecimalText.Format(cap)}: {(amount > cap ? DecimalText.Format(cap) : "not reached")}", raw));
    }

    /// <summary>The credit line: its steps, then the rounding of the raw amount.</summary>
    private static RemedyLine CreditLine(decimal raw, params ReadOnlySpan<RemedyStep> steps)
    {
        var rounded = HandWrittenBenchEvaluator.RoundCny(raw);
        return new RemedyLine("credit", CreditText, new Money(rounded, HandWrittenBenchEvaluator.Currency), [.. steps, new RoundedStep(raw, rounded)]);
    }
}
