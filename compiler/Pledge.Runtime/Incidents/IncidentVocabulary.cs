using System.Collections.Immutable;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// The clause, cause and severity names a contract declares: a row naming any other is a row error (a typo
/// must not quietly move an incident out of a clause). A null set accepts every name.
/// </summary>
public sealed record IncidentVocabulary(
    ImmutableHashSet<string>? Clauses,
    ImmutableHashSet<string>? Causes,
    ImmutableHashSet<string>? Severities)
{
    public static IncidentVocabulary Any { get; } = new(null, null, null);

    public static IncidentVocabulary Of(IEnumerable<string> clauses, IEnumerable<string> causes, IEnumerable<string> severities) =>
        new(clauses.ToImmutableHashSet(StringComparer.Ordinal), causes.ToImmutableHashSet(StringComparer.Ordinal),
            severities.ToImmutableHashSet(StringComparer.Ordinal));
}
