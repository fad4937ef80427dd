using System.Collections.Immutable;
using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>
/// Interval union and clipping. Overlapping outages count once; outages that touch (one ends when the next
/// starts) form one continuous outage, which matters for the minimum outage length.
/// </summary>
public static class IntervalSet
{
    /// <summary>The union of the outages, in time order; empty outages are left out. Incident ids keep their first-seen order.</summary>
    public static ImmutableArray<MergedOutage> Merge(IEnumerable<Outage> outages)
    {
        var sorted = outages
            .Where(o => o.Interval.End > o.Interval.Start)
            .OrderBy(o => o.Interval.Start)
            .ThenBy(o => o.Interval.End)
            .ThenBy(o => o.IncidentId, StringComparer.Ordinal)
            .ToList();
        var merged = ImmutableArray.CreateBuilder<MergedOutage>();
        var i = 0;
        while (i < sorted.Count)
        {
            var start = sorted[i].Interval.Start;
            var end = sorted[i].Interval.End;
            var ids = new List<string> { sorted[i].IncidentId };
            i++;
            while (i < sorted.Count && sorted[i].Interval.Start <= end)
            {
                if (sorted[i].Interval.End > end) end = sorted[i].Interval.End;
                if (!ids.Contains(sorted[i].IncidentId)) ids.Add(sorted[i].IncidentId);
                i++;
            }
            merged.Add(new MergedOutage(new Interval(start, end), [.. ids]));
        }
        return merged.ToImmutable();
    }

    /// <summary>The part of <paramref name="interval"/> inside <paramref name="bounds"/>, or null when they do not overlap.</summary>
    public static Interval? Clip(Interval interval, Interval bounds)
    {
        var start = interval.Start > bounds.Start ? interval.Start : bounds.Start;
        var end = interval.End < bounds.End ? interval.End : bounds.End;
        return end > start ? new Interval(start, end) : null;
    }

    public static Duration TotalLength(IEnumerable<Interval> intervals) =>
        intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);

    /// <summary>True when the instant lies in [start, end).</summary>
    public static bool Contains(Interval interval, Instant instant) => instant >= interval.Start && instant < interval.End;
}
