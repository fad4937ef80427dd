using System.Collections.Immutable;
using Pledge.Runtime.Reports;

namespace Pledge.Runtime.Compiled;

/// <summary>What the remedies of a clause in a period are computed from.</summary>
public sealed record ClauseOutcome(bool Breached, bool AvailabilityBreached, decimal? Availability, ImmutableArray<IncidentVerdict> Incidents);
