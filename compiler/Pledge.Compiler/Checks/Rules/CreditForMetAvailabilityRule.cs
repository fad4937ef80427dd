using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3003: a credit tier must not pay for an availability the commitment calls met. `at or below
/// 99.9%` against `availability 99.9%` pays at exactly 99.9%, which meets the commitment (fix: `below`);
/// a threshold above the commitment (`below 99.99%` against 99.95%) pays for every met availability in
/// between (fix: start at the commitment).
/// </summary>
public sealed class CreditForMetAvailabilityRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.CreditForMetAvailability;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Availability is not { } availability || availability.Syntax.Percentage.Text.Length == 0) continue;
            var committed = availability.Percent;
            var committedText = AvailabilityRange.Percent(committed);
            foreach (var credit in clause.Remedies.OfType<CreditRemedy>())
            {
                var facts = CreditTierFacts.For(credit, committed);
                var paying = credit.Tiers.Select(t => (Tier: t, Met: facts.MetRangeOf(t))).Where(p => p.Met is not null).ToList();
                foreach (var (tier, range) in paying)
                {
                    var met = range!;
                    var written = $"`{CreditTierFacts.Text(tier)}`";
                    var commitment = $"`availability {availability.Syntax.Percentage.Text}`";
                    if (met.IsSingleValue)
                    {
                        var op = TextSpan.FromBounds(tier.Syntax.Operator[0].Span.Start, tier.Syntax.Operator[^1].Span.End);
                        context.Report(tier.Syntax,
                            $"{written} pays a credit at exactly {committedText}, but an availability of exactly {committedText} meets {commitment}",
                            $"write `below {committedText}` so that only a breached availability earns the credit",
                            CodeFix.Replace("change `at or below` to `below`", op, "below"));
                        continue;
                    }
                    // Lowering one of several such thresholds to the commitment would only make two tiers share it.
                    var fix = paying.Count == 1
                        ? CodeFix.Replace($"start this tier at `below {committedText}`",
                            TextSpan.FromBounds(tier.Syntax.Span.Start, tier.Syntax.Threshold.Span.End), $"below {committedText}")
                        : null;
                    context.Report(tier.Syntax,
                        $"{written} pays a credit for an availability {met.Describe()} (such as {AvailabilityRange.Percent(met.Example)}), " +
                        $"which meets {commitment}: the first threshold should be the committed {committedText}",
                        $"start the credits at `below {committedText}`, or raise the committed availability to {AvailabilityRange.Percent(tier.Threshold)}",
                        fix);
                }
            }
        }
    }
}
