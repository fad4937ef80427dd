using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`arrive by distance { up to 50 km : 2 h … beyond : 24 h }`.</summary>
public sealed record DistanceCommitment(Milestone Milestone, ImmutableArray<DistanceTier> Tiers, DistanceCommitmentItemSyntax Syntax);

/// <summary>
/// One tier: up to <see cref="UpToKm"/> kilometres (null for `beyond`), a deadline or null for `-`.
/// Miles are converted to kilometres; <see cref="Amount"/> and <see cref="Unit"/> keep what was written.
/// </summary>
public sealed record DistanceTier(decimal? Amount, string? Unit, decimal? UpToKm, Deadline? Deadline, DistanceTierSyntax Syntax)
{
    public bool IsBeyond => Amount is null;
}
