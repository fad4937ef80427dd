using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// One clause in one of its periods (LANGUAGE.md §5): exclusions, downtime and availability, milestone verdicts,
/// the breach, the remedies and the claim deadline.
/// </summary>
internal static class ClauseInterpreter
{
    public static ClauseReport Evaluate(ClauseSymbol clause, ReportingPeriod period, ContractContext context, PlannedMaintenanceLedger planned)
    {
        var bounds = period.In(context.Zone);
        var measuresDowntime = clause.Availability is not null || clause.MaxDowntime is not null;
        var verdicts = ImmutableArray.CreateBuilder<IncidentVerdict>();
        var outages = new List<(Incident, Interval)>();

        // Incidents in time order (then by id), so the report does not depend on the order of the log's rows.
        var incidents = context.Incidents.Where(i => i.AppliesTo(clause.Name))
            .OrderBy(i => i.FirstEvent ?? Instant.MaxValue)
            .ThenBy(i => i.Id, StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            var notes = new List<string>();
            var excluded = ExclusionRules.Check(clause, incident, bounds, context, planned, notes);
            var outage = measuresDowntime ? DowntimeCalculator.OutageOf(clause, incident, bounds, excluded is null ? notes : null) : null;
            var milestones = clause.HasMilestones ? MilestoneJudge.Judge(clause, incident, bounds, context.Clocks) : [];
            if (excluded is null && outage is { } own) outages.Add((incident, own));

            var touchesPeriod = InPeriod(incident.FirstEvent, bounds)
                                || (outage is { } o && IntervalSet.Clip(o, bounds) is not null)
                                || !milestones.IsEmpty;
            if (!touchesPeriod) continue;
            if (measuresDowntime && outage is null && milestones.IsEmpty && !InPeriod(incident.FirstEvent, bounds)) continue;
            verdicts.Add(new IncidentVerdict(incident.Id, excluded, excluded is null ? milestones : [], [.. notes]));
        }

        var reasons = new List<string>();
        decimal? downtimeMinutes = null, availability = null, maxMinutes = null;
        var availabilityBreached = false;
        var counted = ImmutableArray<CountedOutage>.Empty;
        Duration? allowance = null;
        if (measuresDowntime)
        {
            var downtime = DowntimeCalculator.Compute(clause, outages, bounds);
            counted = downtime.Outages;
            var length = bounds.Duration;
            downtimeMinutes = Minutes.Of(downtime.Downtime);
            // Exact in decimal: 1 − downtime / length, as a percentage.
            var lengthNs = (decimal)length.ToInt64Nanoseconds();
            availability = (lengthNs - downtime.Downtime.ToInt64Nanoseconds()) * 100m / lengthNs;
            if (clause.Availability is { } committed)
            {
                allowance = Duration.FromNanoseconds((long)decimal.Floor(lengthNs * (100m - committed.Percent) / 100m));
                if (availability < committed.Percent)
                {
                    availabilityBreached = true;
                    reasons.Add(ReportSentences.AvailabilityBelow(availability.Value, committed.Percent));
                }
            }
            if (clause.MaxDowntime?.Duration.FixedMinutes is { } max)
            {
                maxMinutes = max;
                var maxDuration = Minutes.ToDuration(max);
                if (allowance is null || maxDuration < allowance) allowance = maxDuration;
                if (downtime.Downtime > maxDuration)
                {
                    availabilityBreached = true;
                    reasons.Add(ReportSentences.DowntimeExceeds(downtime.Downtime, WrittenDurations.Describe(clause.MaxDowntime.Duration)));
                }
            }
        }

        var missed = new List<Instant>();
        foreach (var verdict in verdicts.Where(v => v.Excluded is null))
            foreach (var m in verdict.Milestones.Where(m => m.Status.IsMissed()))
            {
                reasons.Add(ReportSentences.MissedMilestone(verdict.Id, m));
                missed.Add(m.Due!.Value);
            }

        var breached = reasons.Count > 0;
        var outcome = new ClauseOutcome(breached, availabilityBreached, availability, verdicts.ToImmutable());
        var remedies = clause.Remedies.Select(r => RemedyCalculator.Compute(r, clause, outcome, context)).ToImmutableArray();
        // What is owed under a cap `in total` uses up that cap for the later periods of the same evaluation.
        for (var i = 0; i < remedies.Length; i++)
            if (CapInTotal(clause.Remedies[i])) context.AddPaid(clause.Name, remedies[i].Amount.Amount);
        var total = new Money(remedies.Where(r => r.Amount.Currency == context.Currency).Sum(r => r.Amount.Amount) + 0m, context.Currency);
        total = total with { Amount = context.Rounding.Round(total.Amount) };

        LocalDate? claimUntil = null;
        if (clause.Claim is { } claim)
        {
            var breachAt = breached ? ClaimDeadline.BreachInstant(missed, counted.Where(c => c.Counted is not null).Select(c => c.Counted!.Value), availabilityBreached ? allowance : null) : null;
            claimUntil = ClaimDeadline.LastDay(claim, bounds.End, breachAt, context.Zone);
        }

        return new ClauseReport(
            clause.Name,
            clause.Title.Primary,
            period,
            bounds,
            clause.Availability?.Percent,
            maxMinutes,
            downtimeMinutes,
            availability,
            counted,
            breached,
            new BreachReasonList(reasons),
            verdicts.ToImmutable(),
            remedies,
            total,
            claimUntil);
    }

    private static bool CapInTotal(Remedy remedy) => remedy switch
    {
        PenaltyRemedy { Cap.Scope: CapScope.InTotal } => true,
        CreditRemedy { Cap.Scope: CapScope.InTotal } => true,
        _ => false,
    };

    private static bool InPeriod(Instant? instant, Interval bounds) => instant is { } i && i >= bounds.Start && i < bounds.End;
}
