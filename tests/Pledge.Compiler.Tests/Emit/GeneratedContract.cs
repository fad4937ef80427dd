using Pledge.Runtime.Time;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// A generated contract: its `.sla` text and what its incident logs may name (clauses, severities, causes), and the
/// longest period one of its clauses is measured in (the evaluated period must be at least that long).
/// </summary>
internal sealed record GeneratedContract(
    string Text,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Severities,
    IReadOnlyList<string> Causes,
    PeriodKind LongestClausePeriod,
    string Zone)
{
    public override string ToString() => Text;
}
