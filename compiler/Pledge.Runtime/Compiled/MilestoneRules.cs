using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// One milestone of one incident judged for a period (LANGUAGE.md §5). The emitter picks the commitment (matrix row,
/// single commitment, distance tier) and computes the deadline inline; these say what the verdict is. A milestone
/// belongs to the period that contains its deadline: met when its event is at or before it; missed when later (late
/// by event − deadline, even after the period); open when it has not happened (late until the period's end);
/// pending when the deadline lies after the period's end, or when the start event is empty.
/// </summary>
public static class MilestoneRules
{
    /// <summary>No deadline can be chosen (no matrix row, no distance, a `-` tier): listed in the period of the incident's first event.</summary>
    public static void NotJudged(List<MilestoneVerdict> verdicts, Incident incident, Interval period,
        string milestone, string eventName, string written, Instant? at, string reason)
    {
        if (InPeriod(incident.FirstEvent, period))
            verdicts.Add(new MilestoneVerdict(milestone, eventName, written, null, MilestoneStatus.NotJudged, at, null, reason));
    }

    /// <summary>The start event has not happened: pending, listed in the period of the incident's first event.</summary>
    public static void NoStart(List<MilestoneVerdict> verdicts, Incident incident, Interval period,
        string milestone, string eventName, string written, Instant? at, string anchorColumn)
    {
        if (InPeriod(incident.FirstEvent, period))
            verdicts.Add(new MilestoneVerdict(milestone, eventName, written, null, MilestoneStatus.Pending, at, null, NoStartReason(anchorColumn)));
    }

    /// <param name="due">The deadline, or null when it has no length on its clock (<paramref name="why"/> says why).</param>
    public static void Judge(List<MilestoneVerdict> verdicts, Interval period,
        string milestone, string eventName, string written, Instant start, Instant? due, string? why, Instant? at)
    {
        if (due is not { } d)
        {
            if (InPeriod(start, period))
                verdicts.Add(new MilestoneVerdict(milestone, eventName, written, null, MilestoneStatus.NotJudged, at, null, why));
            return;
        }
        Judge(verdicts, period, milestone, eventName, written, d, at);
    }

    public static void Judge(List<MilestoneVerdict> verdicts, Interval period,
        string milestone, string eventName, string written, Instant due, Instant? at)
    {
        if (due < period.Start) return;
        if (due >= period.End)
        {
            // Judged in the period of its deadline; here it can only have been met early, or still be pending.
            var met = at is { } early && early < period.End;
            verdicts.Add(new MilestoneVerdict(milestone, eventName, written, due, met ? MilestoneStatus.Met : MilestoneStatus.Pending,
                met ? at : null, null, met ? null : "the deadline is after the period's end"));
            return;
        }
        if (at is { } happened)
            verdicts.Add(happened <= due
                ? new MilestoneVerdict(milestone, eventName, written, due, MilestoneStatus.Met, happened, null, null)
                : new MilestoneVerdict(milestone, eventName, written, due, MilestoneStatus.Missed, happened, happened - due, null));
        else
            verdicts.Add(new MilestoneVerdict(milestone, eventName, written, due, MilestoneStatus.Open, null, period.End - due, OpenReason(eventName)));
    }

    /// <summary>`the matrix has no row for `x``, or that the incident has no severity.</summary>
    public static string NoMatrixRow(Incident incident) =>
        incident.Severity is null ? "the incident has no severity: the matrix needs one" : $"the matrix has no row for `{incident.Severity}`";

    // The reasons name only a log column: written once per column, not once per milestone.
    private static readonly Dictionary<string, string> NoStartReasons = ByColumn(c => $"no `{c}` time: the deadline has not started");
    private static readonly Dictionary<string, string> OpenReasons = ByColumn(c => $"no `{c}` time by the period's end: late until then");

    private static string NoStartReason(string column) =>
        NoStartReasons.TryGetValue(column, out var reason) ? reason : $"no `{column}` time: the deadline has not started";

    private static string OpenReason(string column) =>
        OpenReasons.TryGetValue(column, out var reason) ? reason : $"no `{column}` time by the period's end: late until then";

    private static Dictionary<string, string> ByColumn(Func<string, string> write) =>
        Enum.GetValues<IncidentEventKind>().ToDictionary(k => k.ColumnName(), k => write(k.ColumnName()), StringComparer.Ordinal);

    public static bool InPeriod(Instant? instant, Interval period) => instant is { } i && i >= period.Start && i < period.End;
}
