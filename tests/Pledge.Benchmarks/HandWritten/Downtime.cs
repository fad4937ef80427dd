using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// The uptime clause's downtime in a month: the union of the counted outages (overlapping or touching ones merge),
/// each merged outage under 5 min ignored (on its whole length, before clipping), the rest clipped to the month.
/// </summary>
internal static class Downtime
{
    private static readonly Duration Shortest = Duration.FromMinutes(5);
    private const string IgnoredNote = "shorter than 5 min: ignored";
    private const string ClippedNote = "crosses the period boundary: only the part inside counts";

    /// <param name="outages">The counted incidents' outages, all non-empty; sorted here in place.</param>
    public static (Duration Downtime, ImmutableArray<CountedOutage> Outages) Of(List<Outage> outages, Interval month)
    {
        if (outages.Count == 0) return (Duration.Zero, []);
        outages.Sort(default(ByStartEndId));
        var counted = ImmutableArray.CreateBuilder<CountedOutage>();
        var downtime = Duration.Zero;
        var ids = new List<string>(4);
        var i = 0;
        while (i < outages.Count)
        {
            var start = outages[i].Interval.Start;
            var end = outages[i].Interval.End;
            ids.Clear();
            ids.Add(outages[i].IncidentId);
            for (i++; i < outages.Count && outages[i].Interval.Start <= end; i++)
            {
                if (outages[i].Interval.End > end) end = outages[i].Interval.End;
                // An id repeats only when the log repeats it; the merged outage names it once.
                if (!ids.Contains(outages[i].IncidentId)) ids.Add(outages[i].IncidentId);
            }
            var inStart = start > month.Start ? start : month.Start;
            var inEnd = end < month.End ? end : month.End;
            if (inEnd <= inStart) continue;
            var whole = new Interval(start, end);
            if (end - start < Shortest)
            {
                counted.Add(new CountedOutage(whole, null, [.. ids], IgnoredNote));
                continue;
            }
            var inside = new Interval(inStart, inEnd);
            counted.Add(new CountedOutage(whole, inside, [.. ids], inside == whole ? null : ClippedNote));
            downtime += inEnd - inStart;
        }
        return (downtime, counted.ToImmutable());
    }

    /// <summary>Start, then end, then incident id: the order in which ids are listed in a merged outage.</summary>
    private readonly struct ByStartEndId : IComparer<Outage>
    {
        public int Compare(Outage a, Outage b)
        {
            var byStart = a.Interval.Start.CompareTo(b.Interval.Start);
            if (byStart != 0) return byStart;
            var byEnd = a.Interval.End.CompareTo(b.Interval.End);
            return byEnd != 0 ? byEnd : string.CompareOrdinal(a.IncidentId, b.IncidentId);
        }
    }
}
