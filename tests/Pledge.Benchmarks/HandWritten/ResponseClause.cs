using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Pledge.Runtime.Amounts;
using IndexedCalendarClock = Pledge.Runtime.Compiled.IndexedCalendarClock;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// `clause response`: the response matrix on the office calendar (deadlines from `reported`), and 0.25% of the
/// contract value per started day late (per incident, on its latest milestone), capped at 5% of the value in total.
/// </summary>
internal static class ResponseClause
{
    private static readonly WorkingClock Office = new IndexedCalendarClock(new WorkingCalendar("office",
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        [new DailyHours(9 * 60, 12 * 60), new DailyHours(13 * 60, 18 * 60)],
        [new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7))],
        [], HandWrittenBenchEvaluator.Zone));

    // A business day on the office calendar is its daily hours: 3 h + 5 h.
    private static readonly Duration BusinessDay = Duration.FromHours(8);
    private static readonly Duration ClaimWindow = Duration.FromDays(10);
    private static readonly long DayNs = Duration.FromDays(1).ToInt64Nanoseconds();

    private static readonly IncidentExclusion TyphoonCause =
        new(ExclusionKind.Cause, "cause `typhoon` is excluded by the exclusion `force_majeure` (不可抗力)");
    private const string RespondedOpen = "no `responded` time by the period's end: late until then";
    private const string RestoredOpen = "no `restored` time by the period's end: late until then";
    private const string ResolvedOpen = "no `resolved` time by the period's end: late until then";
    private const string NotReported = "no `reported` time: the deadline has not started";
    private const string PenaltyText = "0.25% of value per started day late, cap 5% of value in total";

    /// <summary>One matrix row: each milestone's deadline as written and its working time (no restore for minor; null resolve: next business day).</summary>
    private sealed record Row(string Respond, Duration RespondIn, string? Restore, Duration RestoreIn, string Resolve, Duration? ResolveIn);

    private static readonly Row Critical = new("30 min", Duration.FromMinutes(30), "4 h", Duration.FromHours(4), "1 business day", BusinessDay);
    private static readonly Row Major = new("1 h", Duration.FromHours(1), "8 h", Duration.FromHours(8), "2 business days", BusinessDay * 2);
    private static readonly Row Minor = new("4 h", Duration.FromHours(4), null, Duration.Zero, "next business day", null);

    /// <param name="paidBefore">What the cap `in total` has already used: given as paid, and owed for earlier months of this evaluation.</param>
    public static ClauseReport Evaluate(ReportingPeriod month, List<Incident> incidents, decimal value, decimal paidBefore)
    {
        var bounds = month.In(HandWrittenBenchEvaluator.Zone);
        var verdicts = ImmutableArray.CreateBuilder<IncidentVerdict>();
        var perDay = value * 0.25m / 100m;
        var penaltySteps = new List<RemedyStep>();
        var charged = new List<decimal>();
        var missedCount = 0;
        Instant? firstMissedDeadline = null;
        var milestones = new MilestoneVerdict?[3];
        foreach (var incident in incidents)
        {
            var excluded = incident.HasCause("typhoon") ? TyphoonCause : null;
            var inMonth = MilestoneJudgement.InMonth(incident.FirstEvent, bounds);
            // Milestones are judged even for an excluded incident: they decide whether the month lists it.
            var count = Judge(incident, bounds, inMonth, milestones);
            if (!inMonth && count == 0) continue;
            if (excluded is not null)
            {
                verdicts.Add(new IncidentVerdict(incident.Id, excluded, [], []));
                continue;
            }
            var judged = new MilestoneVerdict[count];
            MilestoneVerdict? latest = null;
            for (var m = 0; m < count; m++)
            {
                var verdict = judged[m] = milestones[m]!;
                if (verdict.Status is not (MilestoneStatus.Missed or MilestoneStatus.Open)) continue;
                missedCount++;
                if (firstMissedDeadline is null || verdict.Due!.Value < firstMissedDeadline) firstMissedDeadline = verdict.Due;
                if (latest is null || verdict.Late!.Value > latest.Late!.Value) latest = verdict;
            }
            verdicts.Add(new IncidentVerdict(incident.Id, null, ImmutableCollectionsMarshal.AsImmutableArray(judged), []));
            if (latest is null) continue;
            // Started days round the lateness up, compared exactly in nanoseconds.
            var days = (latest.Late!.Value.ToInt64Nanoseconds() + DayNs - 1) / DayNs;
            var amount = days * perDay;
            penaltySteps.Add(new LateDaysStep(incident.Id, latest, days, value, amount));
            charged.Add(amount);
        }

        var raw = Penalty(penaltySteps, charged, value, paidBefore);
        var rounded = HandWrittenBenchEvaluator.RoundCny(raw);
        penaltySteps.Add(new RoundedStep(raw, rounded));
        var total = new Money(rounded, HandWrittenBenchEvaluator.Currency);
        var listed = verdicts.ToImmutable();
        return new ClauseReport("response", "响应", month, bounds, null, null, null, null, [],
            missedCount > 0, missedCount == 0 ? BreachReasonList.None : new MissedMilestoneReasons(missedCount, listed), listed,
            [new RemedyLine("penalty", PenaltyText, total, [.. penaltySteps])], total,
            firstMissedDeadline is { } breach ? HandWrittenBenchEvaluator.LastDayToClaim(breach + ClaimWindow) : null);
    }

    /// <summary>The incident's milestones judged in this month, into <paramref name="milestones"/>; returns how many.</summary>
    private static int Judge(Incident incident, Interval month, bool inMonth, MilestoneVerdict?[] milestones)
    {
        var row = incident.Severity switch { "critical" => Critical, "major" => Major, "minor" => Minor, _ => null };
        if (row is null)
        {
            // No row: not judged, listed in the month of the incident's first event.
            if (!inMonth) return 0;
            var why = incident.Severity is null ? "the incident has no severity: the matrix needs one" : $"the matrix has no row for `{incident.Severity}`";
            milestones[0] = new MilestoneVerdict("respond", "responded", "matrix", null, MilestoneStatus.NotJudged, incident.Responded, null, why);
            milestones[1] = new MilestoneVerdict("restore", "restored", "matrix", null, MilestoneStatus.NotJudged, incident.Restored, null, why);
            milestones[2] = new MilestoneVerdict("resolve", "resolved", "matrix", null, MilestoneStatus.NotJudged, incident.Resolved, null, why);
            return 3;
        }
        var count = 0;
        if (incident.Reported is not { } start)
        {
            // Not reported: every deadline is pending, listed in the month of the first event.
            if (!inMonth) return 0;
            milestones[count++] = new MilestoneVerdict("respond", "responded", row.Respond, null, MilestoneStatus.Pending, incident.Responded, null, NotReported);
            if (row.Restore is { } restoreWithin)
                milestones[count++] = new MilestoneVerdict("restore", "restored", restoreWithin, null, MilestoneStatus.Pending, incident.Restored, null, NotReported);
            milestones[count++] = new MilestoneVerdict("resolve", "resolved", row.Resolve, null, MilestoneStatus.Pending, incident.Resolved, null, NotReported);
            return count;
        }
        if (MilestoneJudgement.Judge(month, "respond", "responded", row.Respond, RespondedOpen,
                Office.AddWorkingTime(start, row.RespondIn), incident.Responded) is { } respond)
            milestones[count++] = respond;
        if (row.Restore is { } restore && MilestoneJudgement.Judge(month, "restore", "restored", restore, RestoredOpen,
                Office.AddWorkingTime(start, row.RestoreIn), incident.Restored) is { } restored)
            milestones[count++] = restored;
        var resolveDue = row.ResolveIn is { } resolveIn ? Office.AddWorkingTime(start, resolveIn) : Office.CloseOfBusinessDay(start, 1);
        if (MilestoneJudgement.Judge(month, "resolve", "resolved", row.Resolve, ResolvedOpen, resolveDue, incident.Resolved) is { } resolved)
            milestones[count++] = resolved;
        return count;
    }

    /// <summary>The incidents' penalties summed, then the cap of 5% of the value less what is already paid.</summary>
    private static decimal Penalty(List<RemedyStep> steps, List<decimal> charged, decimal value, decimal paidBefore)
    {
        if (charged.Count == 0)
        {
            steps.Add(new RemedyStep("no lateness", "no milestone missed: no penalty", 0m));
            return 0m;
        }
        var total = 0m;
        foreach (var amount in charged) total += amount;
        if (charged.Count > 1) steps.Add(new SumStep(charged, total));
        var cap = value * 5m / 100m;
        var left = Math.Max(0m, cap - paidBefore);
        var capExpression = $"cap 5% of value = {DecimalText.Format(cap)} in total, {DecimalText.Format(paidBefore)} already paid, {DecimalText.Format(left)} left";
        if (total > left)
        {
            steps.Add(new RemedyStep("cap", $"{capExpression}: {DecimalText.Format(left)}", left));
            return left;
        }
        steps.Add(new RemedyStep("cap", $"{capExpression}: not reached", total));
        return total;
    }
}
