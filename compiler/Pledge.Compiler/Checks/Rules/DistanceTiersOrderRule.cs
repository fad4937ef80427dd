using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3007: distance tiers are written nearest first. The first tier whose bound reaches the distance
/// applies, so a tier written after one with a larger bound never applies (`up to 100 km` then
/// `up to 50 km`: a site 40 km away gets the 100 km tier). The fix sorts the tiers by bound, which
/// changes what applies, so it is offered, not applied by `--fix`.
/// </summary>
public sealed class DistanceTiersOrderRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DistanceTiersUnordered;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var commitment in clause.DistanceCommitments)
        {
            var facts = DistanceTierFacts.For(commitment);
            if (facts.OutOfOrder.IsEmpty) continue;
            var bounded = commitment.Tiers.Where(t => !t.IsBeyond).ToList();
            var fix = facts.SameBound.IsEmpty && bounded.All(t => t.UpToKm is not null)
                ? ConsistencyFixes.Reorder(context, "order the tiers from nearest to farthest",
                    [.. bounded.Select(t => (SyntaxNode)t.Syntax)], [.. bounded.OrderBy(t => t.UpToKm).Select(t => (SyntaxNode)t.Syntax)], isSafe: false)
                : null;
            foreach (var (tier, farther) in facts.OutOfOrder)
            {
                context.Report(tier.Syntax,
                    $"`{DistanceTierFacts.Bound(tier)}` comes after `{DistanceTierFacts.Bound(farther)}`: the first tier whose bound reaches the distance applies, " +
                    $"so a site within {DeadlineFacts.Number(tier.Amount ?? 0)} {tier.Unit} gets the `{DistanceTierFacts.Bound(farther)}` tier and this tier never applies",
                    "write the tiers from nearest to farthest",
                    fix);
                fix = null;
            }
        }
    }
}
