using System.Collections.Immutable;
using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>One incident's outage: from its start event up to, not including, its end event.</summary>
public readonly record struct Outage(Interval Interval, string IncidentId);

/// <summary>Outages merged where they overlap or touch: one stretch of downtime and the incidents that made it.</summary>
public sealed record MergedOutage(Interval Interval, ImmutableArray<string> IncidentIds)
{
    public Duration Length => Interval.Duration;
}
