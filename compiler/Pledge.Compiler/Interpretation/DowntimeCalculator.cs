using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// A clause's downtime in a period: the union of the `[from-event, to-event)` outages of its counted incidents
/// (an outage with no end yet runs to the period's end), each merged outage dropped when its whole length is
/// under `ignore outages shorter than`, the rest clipped to the period.
/// </summary>
internal static class DowntimeCalculator
{
    public sealed record Result(Duration Downtime, ImmutableArray<CountedOutage> Outages);

    /// <summary>The incident's own outage for this period, or null (with a note saying why) when it has none.</summary>
    public static Interval? OutageOf(ClauseSymbol clause, Incident incident, Interval period, List<string>? notes)
    {
        var fromEvent = clause.Downtime.From.ToRuntime();
        var toEvent = clause.Downtime.To.ToRuntime();
        if (incident.Time(fromEvent) is not { } from)
        {
            notes?.Add($"no `{fromEvent.ColumnName()}` time: no outage counted");
            return null;
        }
        if (from >= period.End) return null;
        var to = incident.Time(toEvent);
        if (to is null)
        {
            notes?.Add($"no `{toEvent.ColumnName()}` time yet: the outage runs to the period's end");
            return new Interval(from, period.End);
        }
        if (to.Value <= from)
        {
            notes?.Add($"`{toEvent.ColumnName()}` is not after `{fromEvent.ColumnName()}`: no outage counted");
            return null;
        }
        return new Interval(from, to.Value);
    }

    public static Result Compute(ClauseSymbol clause, IEnumerable<(Incident Incident, Interval Outage)> outages, Interval period)
    {
        var minimum = clause.IgnoreOutagesShorterThan?.FixedMinutes is { } m ? Minutes.ToDuration(m) : Duration.Zero;
        var merged = IntervalSet.Merge(outages.Select(o => new Outage(o.Outage, o.Incident.Id)));
        var counted = ImmutableArray.CreateBuilder<CountedOutage>();
        var downtime = Duration.Zero;
        foreach (var outage in merged)
        {
            var inPeriod = IntervalSet.Clip(outage.Interval, period);
            if (inPeriod is null) continue;
            if (outage.Length < minimum)
            {
                counted.Add(new CountedOutage(outage.Interval, null, outage.IncidentIds,
                    $"shorter than {WrittenDurations.Describe(clause.IgnoreOutagesShorterThan!.Value)}: ignored"));
                continue;
            }
            var note = inPeriod.Value != outage.Interval ? "crosses the period boundary: only the part inside counts" : null;
            counted.Add(new CountedOutage(outage.Interval, inPeriod, outage.IncidentIds, note));
            downtime += inPeriod.Value.Duration;
        }
        return new Result(downtime, counted.ToImmutable());
    }
}
