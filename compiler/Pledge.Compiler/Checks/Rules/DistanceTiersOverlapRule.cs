using Pledge.Compiler.Facts;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3008: two distance tiers with the same bound (compared in kilometres) overlap entirely: the
/// first one written always applies and the second never does. Which deadline was meant is the
/// author's decision, so there is no fix.
/// </summary>
public sealed class DistanceTiersOverlapRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DistanceTiersOverlap;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var commitment in clause.DistanceCommitments)
        foreach (var (tier, earlier) in DistanceTierFacts.For(commitment).SameBound)
        {
            var same = earlier.Unit == tier.Unit ? "" : $" ({DeadlineFacts.Number(tier.UpToKm ?? 0)} km)";
            context.Report(tier.Syntax,
                $"`{DeadlineFacts.Text(tier.Syntax)}` has the same bound{same} as `{DeadlineFacts.Text(earlier.Syntax)}`: " +
                "a site within it always gets the earlier tier, so this tier never applies",
                "give each tier its own bound, or remove one of the two tiers");
        }
    }
}
