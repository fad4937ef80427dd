using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3004: credit tiers are written from the highest threshold to the lowest, each threshold once,
/// and a lower availability never earns a smaller credit. Equal credits are allowed. Since the matching
/// row with the lowest threshold wins whatever the order, rows that are only written out of order are
/// fixed by reordering them (a safe fix: the meaning does not change); shared thresholds and shrinking
/// credits need the author's decision.
/// </summary>
public sealed class CreditTiersOrderRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.CreditTiersUnordered;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var credit in clause.Remedies.OfType<CreditRemedy>())
        {
            if (credit.Tiers.Length < 2) continue;
            var facts = CreditTierFacts.For(credit, clause.Availability?.Percent);
            var shared = facts.SharedThresholds().ToList();
            var shrinking = facts.ShrinkingCredits().ToList();

            foreach (var (second, first) in shared)
                context.Report(second.Syntax,
                    $"`{CreditTierFacts.Text(second)}` has the same threshold as `{CreditTierFacts.Text(first)}`: " +
                    $"the lowest matching threshold wins, and the table does not say which of the two pays at {AvailabilityRange.Percent(second.Threshold)}",
                    "give each tier its own threshold, or merge the two tiers");

            foreach (var (lower, higher) in shrinking)
                context.Report(lower.Syntax,
                    $"`{CreditTierFacts.Text(lower)}` is for a lower availability than `{CreditTierFacts.Text(higher)}` but pays less " +
                    $"({AvailabilityRange.Percent(lower.Credit)} against {AvailabilityRange.Percent(higher.Credit)}): a worse period would earn a smaller credit",
                    "make the credits grow as the thresholds fall");

            if (facts.WrittenInOrder || shared.Count > 0) continue;
            var firstOut = Enumerable.Range(1, credit.Tiers.Length - 1).First(i => credit.Tiers[i].Threshold > credit.Tiers[i - 1].Threshold);
            var fix = shrinking.Count == 0
                ? ConsistencyFixes.Reorder(context, "order the tiers from the highest threshold to the lowest",
                    [.. credit.Tiers.Select(t => (SyntaxNode)t.Syntax)], [.. facts.InThresholdOrder.Select(t => (SyntaxNode)t.Syntax)], isSafe: true)
                : null;
            context.Report(credit.Tiers[firstOut].Syntax,
                $"the credit tiers are not written from the highest threshold to the lowest: `{CreditTierFacts.Text(credit.Tiers[firstOut])}` " +
                $"comes after `{CreditTierFacts.Text(credit.Tiers[firstOut - 1])}`",
                $"write the tiers in the order {string.Join(", ", facts.InThresholdOrder.Select(t => $"`{CreditTierFacts.Operator(t)} {t.Syntax.Threshold.Text}`"))}",
                fix);
        }
    }
}
