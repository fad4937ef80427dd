using System.Collections.Immutable;

namespace Pledge.Runtime.Incidents;

/// <summary>The incidents of one log, in file order; <see cref="Source"/> is the file name shown in messages.</summary>
public sealed record IncidentLog(string Source, ImmutableArray<Incident> Incidents)
{
    public static IncidentLog Of(params Incident[] incidents) => new("(memory)", [.. incidents]);
}
