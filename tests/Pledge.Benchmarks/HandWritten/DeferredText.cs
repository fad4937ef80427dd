using System.Collections.Immutable;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

// Report text made once per incident is written only when a report is read: a billing run that reads only the
// amounts (as the benchmark does) never formats it. Each writes exactly what the compiled evaluator writes.

/// <summary>`incident C1-7: restore late 1 day 2 h = 2 started days × 0.25% of 100010 = 500.05`.</summary>
internal sealed class LateDaysStep(string incidentId, MilestoneVerdict latest, long days, decimal contractValue, decimal amount)
    : RemedyStep(amount)
{
    protected override string WriteLabel() => $"incident {incidentId}";

    protected override string WriteExpression() =>
        $"incident {incidentId}: {latest.Milestone} late {Minutes.Describe(latest.Late!.Value)} = {days} started day{(days == 1 ? "" : "s")} × " +
        $"0.25% of {DecimalText.Format(contractValue)} = {DecimalText.Format(Value)}";
}

/// <summary>`incident C1-7 missed a milestone: 1 breach` (`pay 500 CNY per breach`).</summary>
internal sealed class IncidentBreachStep(string incidentId) : RemedyStep(1)
{
    protected override string WriteLabel() => $"incident {incidentId}";
    protected override string WriteExpression() => $"incident {incidentId} missed a milestone: 1 breach";
}

/// <summary>`250 + 500 + 125 = 875`.</summary>
internal sealed class SumStep(List<decimal> terms, decimal total) : RemedyStep(total)
{
    protected override string WriteLabel() => "sum";
    protected override string WriteExpression() => $"{string.Join(" + ", terms.Select(DecimalText.Format))} = {DecimalText.Format(Value)}";
}

/// <summary>`875.125 rounded half-up 0.01 = 875.13 CNY`: every remedy line's last step.</summary>
internal sealed class RoundedStep(decimal raw, decimal rounded) : RemedyStep(rounded)
{
    protected override string WriteLabel() => "rounded";
    protected override string WriteExpression() => $"{DecimalText.Format(raw)} rounded half-up 0.01 = {DecimalText.Fixed(Value, 2)} CNY";
}

/// <summary>`C1-7: respond missed, late 25 min`, one per missed or open milestone of a counted incident, in report order.</summary>
internal sealed class MissedMilestoneReasons(int count, ImmutableArray<IncidentVerdict> verdicts) : BreachReasonList(count)
{
    protected override ImmutableArray<string> Write()
    {
        var reasons = ImmutableArray.CreateBuilder<string>(Count);
        foreach (var verdict in verdicts)
        {
            if (verdict.Excluded is not null) continue;
            foreach (var m in verdict.Milestones)
                if (m.Status is MilestoneStatus.Missed or MilestoneStatus.Open)
                    reasons.Add($"{verdict.Id}: {m.Milestone} {(m.Status == MilestoneStatus.Open ? "still open" : "missed")}, late {Minutes.Describe(m.Late!.Value)}");
        }
        return reasons.MoveToImmutable();
    }
}
