using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// Downtime as LANGUAGE.md §5 defines it: each incident's `[from-event, to-event)` outage (one with no end yet runs
/// to the period's end), their union, each merged outage dropped when its whole length is under the clause's
/// minimum, the rest clipped to the period.
/// </summary>
public static class OutageRules
{
    // The notes depend only on the clause's two events: written once, not once per incident.
    private static readonly string[] NoStartNotes = Notes(k => $"no `{k.ColumnName()}` time: no outage counted");
    private static readonly string[] OpenNotes = Notes(k => $"no `{k.ColumnName()}` time yet: the outage runs to the period's end");

    private static string[] Notes(Func<IncidentEventKind, string> write) => [.. Enum.GetValues<IncidentEventKind>().Select(write)];

    /// <summary>The incident's own outage for this period, or null (with a note saying why, when notes are kept).</summary>
    public static Interval? OutageOf(Incident incident, IncidentEventKind fromEvent, IncidentEventKind toEvent, Interval period, List<string>? notes)
    {
        if (incident.Time(fromEvent) is not { } from)
        {
            notes?.Add(NoStartNotes[(int)fromEvent]);
            return null;
        }
        if (from >= period.End) return null;
        var to = incident.Time(toEvent);
        if (to is null)
        {
            notes?.Add(OpenNotes[(int)toEvent]);
            return new Interval(from, period.End);
        }
        if (to.Value <= from)
        {
            notes?.Add($"`{toEvent.ColumnName()}` is not after `{fromEvent.ColumnName()}`: no outage counted");
            return null;
        }
        return new Interval(from, to.Value);
    }

    /// <summary>The merged outages touching the period and the downtime they add up to.</summary>
    /// <param name="ignoredNote">The note on an outage shorter than <paramref name="minimum"/> (`shorter than 5 min: ignored`).</param>
    public static (Duration Downtime, ImmutableArray<CountedOutage> Outages) Downtime(
        List<Outage> outages, Interval period, Duration minimum, string? ignoredNote)
    {
        var merged = OutageMerge.Merge(outages);
        var counted = ImmutableArray.CreateBuilder<CountedOutage>();
        var downtime = Duration.Zero;
        foreach (var outage in merged)
        {
            var inPeriod = IntervalSet.Clip(outage.Interval, period);
            if (inPeriod is null) continue;
            if (outage.Length < minimum)
            {
                counted.Add(new CountedOutage(outage.Interval, null, outage.IncidentIds, ignoredNote));
                continue;
            }
            var note = inPeriod.Value != outage.Interval ? "crosses the period boundary: only the part inside counts" : null;
            counted.Add(new CountedOutage(outage.Interval, inPeriod, outage.IncidentIds, note));
            downtime += inPeriod.Value.Duration;
        }
        return (downtime, counted.ToImmutable());
    }
}
