using System.Collections.Immutable;
using NodaTime;

namespace Pledge.Runtime.Reports;

/// <summary>
/// One merged outage that touches the period: its whole extent, the part inside the period (null when it is
/// ignored as shorter than the clause's minimum), and the incidents it merges.
/// </summary>
public sealed record CountedOutage(Interval Whole, Interval? Counted, ImmutableArray<string> IncidentIds, string? Note);
