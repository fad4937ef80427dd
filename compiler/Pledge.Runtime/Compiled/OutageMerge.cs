using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The compiled evaluators' union of outages: the same result as <see cref="IntervalSet.Merge"/> (which the
/// reference interpreter keeps, written with LINQ for plain reading), sorted in place with a struct comparer and
/// merged in one pass, for the many small merges of a billing run.
/// </summary>
public static class OutageMerge
{
    /// <summary>Merges <paramref name="outages"/> (reordered in place): time order, empty ones left out, ids in first-seen order.</summary>
    public static ImmutableArray<MergedOutage> Merge(List<Outage> outages)
    {
        outages.RemoveAll(static o => o.Interval.End <= o.Interval.Start);
        if (outages.Count == 0) return [];
        outages.Sort(default(OutageOrder));
        var merged = ImmutableArray.CreateBuilder<MergedOutage>();
        var i = 0;
        while (i < outages.Count)
        {
            var start = outages[i].Interval.Start;
            var end = outages[i].Interval.End;
            var first = outages[i].IncidentId;
            List<string>? more = null;
            // Ids repeat only when a log repeats an id; the set keeps long chains of overlapping outages linear.
            HashSet<string>? seen = null;
            for (i++; i < outages.Count && outages[i].Interval.Start <= end; i++)
            {
                if (outages[i].Interval.End > end) end = outages[i].Interval.End;
                var id = outages[i].IncidentId;
                if (seen is null)
                {
                    if (id == first || (more is not null && more.Contains(id))) continue;
                    (more ??= []).Add(id);
                    if (more.Count == 8) seen = new HashSet<string>(more, StringComparer.Ordinal) { first };
                }
                else if (seen.Add(id)) more!.Add(id);
            }
            merged.Add(new MergedOutage(new Interval(start, end), more is null ? [first] : [first, .. more]));
        }
        return merged.ToImmutable();
    }

    /// <summary>Start, then end, then incident id (ordinal): the order <see cref="IntervalSet.Merge"/> sorts by.</summary>
    private readonly struct OutageOrder : IComparer<Outage>
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
