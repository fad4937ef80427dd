using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Incidents;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// The log sorted once into report order (first event, then id, then row: the report must not depend on the order
/// of the rows) and split into the incidents of each clause, each list keeping that order.
/// </summary>
internal sealed class ClauseIncidents
{
    public List<Incident> Uptime { get; }
    public List<Incident> Response { get; }
    public List<Incident> Onsite { get; }

    private ClauseIncidents(int capacity)
    {
        Uptime = new List<Incident>(capacity);
        Response = new List<Incident>(capacity);
        Onsite = new List<Incident>(capacity);
    }

    public static ClauseIncidents Of(ImmutableArray<Incident> log)
    {
        // A primitive sort on the first event's ticks (no comparer calls); runs of equal ticks are then put in
        // exact order: by instant (finer than ticks), id and row.
        var ticks = new long[log.Length];
        var rows = new int[log.Length];
        for (var row = 0; row < log.Length; row++)
        {
            ticks[row] = log[row].FirstEvent is { } first ? first.ToUnixTimeTicks() : long.MaxValue;
            rows[row] = row;
        }
        Array.Sort(ticks, rows);
        for (var i = 0; i < rows.Length;)
        {
            var j = i + 1;
            while (j < rows.Length && ticks[j] == ticks[i]) j++;
            if (j - i > 1) Array.Sort(rows, i, j - i, new SameTickOrder(log));
            i = j;
        }

        var split = new ClauseIncidents(log.Length);
        foreach (var row in rows)
        {
            var incident = log[row];
            var clauses = incident.Clauses;
            // An empty `clause` cell counts against every clause.
            var all = clauses.IsDefaultOrEmpty;
            if (all || Names(clauses, "uptime")) split.Uptime.Add(incident);
            if (all || Names(clauses, "response")) split.Response.Add(incident);
            if (all || Names(clauses, "onsite")) split.Onsite.Add(incident);
        }
        return split;
    }

    private static bool Names(ImmutableArray<string> clauses, string clause)
    {
        foreach (var name in clauses)
            if (string.Equals(name, clause, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Rows whose first events share a tick: by instant, then id (ordinal), then row.</summary>
    private readonly struct SameTickOrder(ImmutableArray<Incident> log) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var byTime = (log[a].FirstEvent ?? Instant.MaxValue).CompareTo(log[b].FirstEvent ?? Instant.MaxValue);
            if (byTime != 0) return byTime;
            var byId = string.CompareOrdinal(log[a].Id, log[b].Id);
            return byId != 0 ? byId : a.CompareTo(b);
        }
    }
}
