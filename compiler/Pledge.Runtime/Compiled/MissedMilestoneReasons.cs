using System.Collections.Immutable;
using Pledge.Runtime.Reports;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// A clause's breach reasons when milestones were missed: the availability reasons as given, then `INC-7: respond
/// missed, late 25 min` per missed or open milestone of a counted incident, in report order, written on first read
/// exactly as the reference interpreter writes them.
/// </summary>
internal sealed class MissedMilestoneReasons(List<string> measured, int missedCount, ImmutableArray<IncidentVerdict> verdicts)
    : BreachReasonList(measured.Count + missedCount)
{
    protected override ImmutableArray<string> Write()
    {
        var reasons = ImmutableArray.CreateBuilder<string>(Count);
        reasons.AddRange(measured);
        foreach (var verdict in verdicts)
        {
            if (verdict.Excluded is not null) continue;
            foreach (var m in verdict.Milestones)
                if (m.Status.IsMissed())
                    reasons.Add(ReportSentences.MissedMilestone(verdict.Id, m));
        }
        return reasons.MoveToImmutable();
    }
}
