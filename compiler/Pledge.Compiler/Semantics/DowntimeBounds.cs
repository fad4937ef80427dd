using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`downtime from EVENT to EVENT`: which incident events bound an outage. <see cref="Syntax"/> is null for the default.</summary>
public sealed record DowntimeBounds(IncidentEvent From, IncidentEvent To, DowntimeItemSyntax? Syntax)
{
    public static DowntimeBounds Default { get; } = new(IncidentEvent.Started, IncidentEvent.Restored, null);
}
