using Pledge.Compiler.Facts;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3011: `beyond` is the last distance tier, and there is one. `beyond` catches only the sites
/// past every bound, wherever it is written, so tiers written after it still apply and a reader who
/// takes "beyond" to mean "beyond the tier above" misreads the contract; a second `beyond` never
/// applies. Moving a single `beyond` to the end does not change the meaning, so that fix is safe.
/// </summary>
public sealed class DistanceBeyondNotLastRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DistanceBeyondNotLast;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var commitment in clause.DistanceCommitments)
        {
            var facts = DistanceTierFacts.For(commitment);
            foreach (var tier in facts.MisplacedBeyond)
            {
                if (!ReferenceEquals(tier, facts.Beyond))
                {
                    context.Report(tier.Syntax,
                        $"a second `beyond`: `{DeadlineFacts.Text(facts.Beyond!.Syntax)}` already catches every site past the farthest bound, so this tier never applies",
                        "keep one `beyond` tier, as the last tier");
                    continue;
                }
                var written = commitment.Tiers.Select(t => (SyntaxNode)t.Syntax).ToList();
                var wanted = commitment.Tiers.Where(t => !ReferenceEquals(t, tier)).Append(tier).Select(t => (SyntaxNode)t.Syntax).ToList();
                var after = commitment.Tiers.SkipWhile(t => !ReferenceEquals(t, tier)).Skip(1).Where(t => !t.IsBeyond).ToList();
                if (after.Count == 0) continue; // only other `beyond`s follow: those are reported
                context.Report(tier.Syntax,
                    $"`beyond` is followed by {(after.Count == 1 ? "the tier" : "the tiers")} {string.Join(", ", after.Select(t => $"`{DistanceTierFacts.Bound(t)}`"))}: " +
                    "`beyond` only catches sites past every bound, so it reads as something it does not mean",
                    "move `beyond` to the end of the tiers",
                    facts.MisplacedBeyond.Length == 1 ? ConsistencyFixes.Reorder(context, "move `beyond` to the end", written, wanted, isSafe: true) : null);
            }
        }
    }
}
