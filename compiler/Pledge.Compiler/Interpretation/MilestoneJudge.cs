using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// An incident's milestones in a clause, judged for a period. A milestone belongs to the period that contains its
/// deadline: met when its event is at or before the deadline; missed when later (late by event − deadline, even
/// when the event falls after the period); open when it has not happened (late until the period's end); pending
/// when the deadline lies after the period's end and the event has not happened by then, or when the start event
/// is empty. Milestones whose deadline lies before the period belong to an earlier one and are left out.
/// </summary>
internal static class MilestoneJudge
{
    /// <summary>One commitment that applies to an incident: the milestone, the deadline (null: not judged, with a reason) and its start event.</summary>
    private sealed record Applicable(Milestone Milestone, Deadline? Deadline, string Written, IncidentEvent Anchor, string? NotJudged);

    public static ImmutableArray<MilestoneVerdict> Judge(ClauseSymbol clause, Incident incident, Interval period, Clocks clocks)
    {
        var verdicts = ImmutableArray.CreateBuilder<MilestoneVerdict>();
        foreach (var a in Commitments(clause, incident))
        {
            var metBy = a.Milestone.MetBy().ToRuntime();
            var at = incident.Time(metBy);
            var name = a.Milestone.Keyword();
            var eventName = metBy.ColumnName();
            if (a.Deadline is null)
            {
                if (InPeriod(incident.FirstEvent, period))
                    verdicts.Add(new MilestoneVerdict(name, eventName, a.Written, null, MilestoneStatus.NotJudged, at, null, a.NotJudged));
                continue;
            }
            var anchor = a.Anchor.ToRuntime();
            if (incident.Time(anchor) is not { } start)
            {
                if (InPeriod(incident.FirstEvent, period))
                    verdicts.Add(new MilestoneVerdict(name, eventName, a.Written, null, MilestoneStatus.Pending, at, null,
                        $"no `{anchor.ColumnName()}` time: the deadline has not started"));
                continue;
            }
            if (DeadlineCalculator.Due(start, a.Deadline, clause.Clock, clocks, out var why) is not { } due)
            {
                if (InPeriod(start, period))
                    verdicts.Add(new MilestoneVerdict(name, eventName, a.Written, null, MilestoneStatus.NotJudged, at, null, why));
                continue;
            }
            if (due < period.Start) continue;
            if (due >= period.End)
            {
                // Judged in the period of its deadline; here it can only have been met early, or still be pending.
                var status = at is { } early && early < period.End ? MilestoneStatus.Met : MilestoneStatus.Pending;
                verdicts.Add(new MilestoneVerdict(name, eventName, a.Written, due, status, status == MilestoneStatus.Met ? at : null, null,
                    status == MilestoneStatus.Pending ? "the deadline is after the period's end" : null));
                continue;
            }
            if (at is { } happened)
                verdicts.Add(happened <= due
                    ? new MilestoneVerdict(name, eventName, a.Written, due, MilestoneStatus.Met, happened, null, null)
                    : new MilestoneVerdict(name, eventName, a.Written, due, MilestoneStatus.Missed, happened, happened - due, null));
            else
                verdicts.Add(new MilestoneVerdict(name, eventName, a.Written, due, MilestoneStatus.Open, null, period.End - due,
                    $"no `{eventName}` time by the period's end: late until then"));
        }
        return verdicts.ToImmutable();
    }

    private static bool InPeriod(Instant? instant, Interval period) => instant is { } i && i >= period.Start && i < period.End;

    /// <summary>The matrix row of the incident's severity, the single commitments, then the distance tiers, in that order.</summary>
    private static IEnumerable<Applicable> Commitments(ClauseSymbol clause, Incident incident)
    {
        if (clause.Matrix is { } matrix)
        {
            var row = incident.Severity is { } severity ? matrix.Rows.FirstOrDefault(r => r.Severity.Name == severity) : null;
            for (var column = 0; column < matrix.Columns.Length; column++)
            {
                if (matrix.Columns[column] is not { } milestone) continue;
                if (row is null)
                {
                    yield return new Applicable(milestone, null, "matrix", clause.AnchorOf(milestone),
                        incident.Severity is null ? "the incident has no severity: the matrix needs one" : $"the matrix has no row for `{incident.Severity}`");
                    continue;
                }
                if (row.GetCell(column) is { } cell)
                    yield return new Applicable(milestone, cell, DeadlineFacts.Text(cell), clause.AnchorOf(milestone), null);
            }
        }
        foreach (var commitment in clause.Commitments)
            yield return new Applicable(commitment.Milestone, commitment.Deadline, DeadlineFacts.Text(commitment.Deadline), commitment.Anchor, null);
        foreach (var distance in clause.DistanceCommitments)
        {
            var anchor = clause.AnchorOf(distance.Milestone);
            if (incident.DistanceKm is not { } km)
            {
                yield return new Applicable(distance.Milestone, null, "by distance", anchor, "`distance_km` is empty: the distance tier cannot be chosen");
                continue;
            }
            // The first tier whose bound is at least the distance; `beyond` catches the rest.
            var tier = distance.Tiers.FirstOrDefault(t => !t.IsBeyond && t.UpToKm >= km) ?? distance.Tiers.FirstOrDefault(t => t.IsBeyond);
            var kmText = Runtime.Amounts.DecimalText.Format(km);
            if (tier is null)
                yield return new Applicable(distance.Milestone, null, "by distance", anchor, $"no distance tier covers {kmText} km");
            else if (tier.Deadline is null)
                yield return new Applicable(distance.Milestone, null, TierText(tier, "-"), anchor, $"no commitment at {kmText} km (the tier is `-`)");
            else
                yield return new Applicable(distance.Milestone, tier.Deadline, TierText(tier, DeadlineFacts.Text(tier.Deadline)), anchor, null);
        }
    }

    private static string TierText(DistanceTier tier, string deadline) =>
        tier.IsBeyond ? $"{deadline} (beyond)" : $"{deadline} (up to {Runtime.Amounts.DecimalText.Format(tier.Amount!.Value)} {tier.Unit})";
}
