using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// `clause onsite` (24x7): a report within 2 days after `restored`, arrival by distance tier from `reported`, and
/// 500 CNY per incident with a missed milestone.
/// </summary>
internal static class OnsiteClause
{
    private static readonly Duration ReportWithin = Duration.FromDays(2);
    private static readonly Duration UpTo50Km = Duration.FromHours(2);
    private static readonly Duration UpTo100Km = Duration.FromHours(4);
    private static readonly Duration Beyond = Duration.FromHours(12);

    private static readonly IncidentExclusion TyphoonCause =
        new(ExclusionKind.Cause, "cause `typhoon` is excluded by the exclusion `force_majeure` (不可抗力)");
    private const string ReportOpen = "no `report_sent` time by the period's end: late until then";
    private const string ArrivedOpen = "no `arrived` time by the period's end: late until then";
    private const string NotRestored = "no `restored` time: the deadline has not started";
    private const string NotReported = "no `reported` time: the deadline has not started";
    private const string NoDistance = "`distance_km` is empty: the distance tier cannot be chosen";

    public static ClauseReport Evaluate(ReportingPeriod month, List<Incident> incidents)
    {
        var bounds = month.In(HandWrittenBenchEvaluator.Zone);
        var verdicts = ImmutableArray.CreateBuilder<IncidentVerdict>();
        var steps = new List<RemedyStep>();
        var missedCount = 0;
        var breaches = 0;
        var milestones = new MilestoneVerdict?[2];
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
            var missedBefore = missedCount;
            for (var m = 0; m < count; m++)
            {
                judged[m] = milestones[m]!;
                if (judged[m].Status is MilestoneStatus.Missed or MilestoneStatus.Open) missedCount++;
            }
            verdicts.Add(new IncidentVerdict(incident.Id, null, ImmutableCollectionsMarshal.AsImmutableArray(judged), []));
            if (missedCount == missedBefore) continue;
            breaches++;
            steps.Add(new IncidentBreachStep(incident.Id));
        }

        var raw = breaches * 500m;
        steps.Add(new RemedyStep("breaches", $"{breaches} breach{(breaches == 1 ? "" : "es")} × 500 CNY = {DecimalText.Format(raw)}", raw));
        var rounded = HandWrittenBenchEvaluator.RoundCny(raw);
        steps.Add(new RoundedStep(raw, rounded));
        var total = new Money(rounded, HandWrittenBenchEvaluator.Currency);
        var listed = verdicts.ToImmutable();
        return new ClauseReport("onsite", "上门", month, bounds, null, null, null, null, [],
            missedCount > 0, missedCount == 0 ? BreachReasonList.None : new MissedMilestoneReasons(missedCount, listed), listed,
            [new RemedyLine("pay", "pay 500 CNY per breach", total, [.. steps])], total, null);
    }

    /// <summary>The report milestone, then the arrival by distance, judged in this month; returns how many.</summary>
    private static int Judge(Incident incident, Interval month, bool inMonth, MilestoneVerdict?[] milestones)
    {
        var count = 0;
        if (incident.Restored is { } restored)
        {
            if (MilestoneJudgement.Judge(month, "report", "report_sent", "2 days", ReportOpen, restored + ReportWithin, incident.ReportSent) is { } report)
                milestones[count++] = report;
        }
        else if (inMonth)
            milestones[count++] = new MilestoneVerdict("report", "report_sent", "2 days", null, MilestoneStatus.Pending, incident.ReportSent, null, NotRestored);

        if (incident.DistanceKm is not { } km)
        {
            if (inMonth)
                milestones[count++] = new MilestoneVerdict("arrive", "arrived", "by distance", null, MilestoneStatus.NotJudged, incident.Arrived, null, NoDistance);
            return count;
        }
        // The first tier whose bound is at least the distance.
        var (within, arriveIn) = km <= 50m ? ("2 h (up to 50 km)", UpTo50Km) : km <= 100m ? ("4 h (up to 100 km)", UpTo100Km) : ("12 h (beyond)", Beyond);
        if (incident.Reported is { } reported)
        {
            if (MilestoneJudgement.Judge(month, "arrive", "arrived", within, ArrivedOpen, reported + arriveIn, incident.Arrived) is { } arrive)
                milestones[count++] = arrive;
        }
        else if (inMonth)
            milestones[count++] = new MilestoneVerdict("arrive", "arrived", within, null, MilestoneStatus.Pending, incident.Arrived, null, NotReported);
        return count;
    }
}
