using NodaTime;
using Pledge.Runtime.Reports;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// One milestone judged in a month (LANGUAGE.md §5): it belongs to the month that contains its deadline; met when
/// its event is at or before the deadline, missed when later (late by event − deadline, even after the month),
/// open when it has not happened (late until the month's end), pending when the deadline is after the month.
/// </summary>
internal static class MilestoneJudgement
{
    private const string DeadlineAfterMonth = "the deadline is after the period's end";

    /// <param name="openReason">What an open verdict says: `no `responded` time by the period's end: late until then`.</param>
    /// <returns>The verdict, or null when the deadline lies before the month (judged in an earlier one).</returns>
    public static MilestoneVerdict? Judge(Interval month, string milestone, string eventName, string within, string openReason,
        Instant due, Instant? at)
    {
        if (due < month.Start) return null;
        if (due >= month.End)
            // Judged in the month of its deadline; here it can only have been met early, or still be pending.
            return at is { } early && early < month.End
                ? new MilestoneVerdict(milestone, eventName, within, due, MilestoneStatus.Met, early, null, null)
                : new MilestoneVerdict(milestone, eventName, within, due, MilestoneStatus.Pending, null, null, DeadlineAfterMonth);
        if (at is not { } happened)
            return new MilestoneVerdict(milestone, eventName, within, due, MilestoneStatus.Open, null, month.End - due, openReason);
        return happened <= due
            ? new MilestoneVerdict(milestone, eventName, within, due, MilestoneStatus.Met, happened, null, null)
            : new MilestoneVerdict(milestone, eventName, within, due, MilestoneStatus.Missed, happened, happened - due, null);
    }

    public static bool InMonth(Instant? instant, Interval month) => instant is { } i && i >= month.Start && i < month.End;
}
