using Pledge.Compiler.Facts;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3010: distance tiers without `beyond` leave a gap past the farthest bound: a site farther away
/// has no deadline at all, and the contract does not say whether that was meant. A warning, not an
/// error: the meaning is clear (no commitment), but a legal reader cannot tell an intended "by
/// negotiation" from a forgotten row. The fix writes the intent out: `beyond : -`.
/// </summary>
public sealed class DistanceMissingBeyondRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DistanceMissingBeyond;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var commitment in clause.DistanceCommitments)
        {
            var facts = DistanceTierFacts.For(commitment);
            if (facts.Beyond is not null || facts.FarthestKm is null || commitment.Tiers.IsEmpty) continue;
            var last = commitment.Tiers[^1];
            var farthest = commitment.Tiers.Where(t => t.UpToKm == facts.FarthestKm).First();
            context.Report(last.Syntax,
                $"the tiers end at `{DistanceTierFacts.Bound(farthest)}` and there is no `beyond`: a site farther than " +
                $"{DeadlineFacts.Number(farthest.Amount ?? 0)} {farthest.Unit} has no {commitment.Milestone.ToString().ToLowerInvariant()} deadline",
                "add `beyond : DEADLINE`, or `beyond : -` to say that farther sites get no commitment",
                Fix(context, commitment.Syntax.CloseBrace, last.Syntax.Span));
        }
    }

    private static CodeFix? Fix(CheckContext context, Dsl.Syntax.SyntaxToken? closeBrace, TextSpan lastTier)
    {
        if (closeBrace is null || closeBrace.Text.Length == 0) return null;
        var lines = context.Tree.Source.Lines;
        var indentation = ConsistencyFixes.IndentationAt(context, lastTier.Start);
        var insert = lines.GetPosition(closeBrace.Span.Start).Line != lines.GetPosition(lastTier.Start).Line
            ? new TextSpan(lines.GetLineStart(lines.GetPosition(closeBrace.Span.Start).Line), 0)
            : new TextSpan(closeBrace.Span.Start, 0);
        var text = insert.Start == closeBrace.Span.Start ? "beyond : - " : $"{indentation}beyond : -\n";
        // The brace may not start its line (`}, …` after other text): then insert right before it.
        if (insert.Start != closeBrace.Span.Start
            && context.Tree.Source.Text[insert.Start..closeBrace.Span.Start].Trim().Length > 0)
        {
            insert = new TextSpan(closeBrace.Span.Start, 0);
            text = "beyond : - ";
        }
        return new CodeFix("add `beyond : -`", [new TextEdit(insert, text)]);
    }
}
