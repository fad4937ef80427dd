using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3002: a credit table must pay for every breached availability. When its highest threshold is
/// below the committed availability, a period between the two is breached and earns no credit
/// (`availability 99.95%` with credits from `below 99.9%`: 99.92% breaches and matches no row). This
/// is also the "first threshold differs from the commitment" check when the first threshold is lower;
/// a higher one is PLG3003.
/// </summary>
public sealed class CreditTierGapRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.CreditTiersLeaveGap;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Availability is not { } availability || availability.Syntax.Percentage.Text.Length == 0) continue;
            foreach (var credit in clause.Remedies.OfType<CreditRemedy>())
            {
                var facts = CreditTierFacts.For(credit, availability.Percent);
                if (facts is not { Uncredited: { } gap, Highest: { } top }) continue;
                var committed = AvailabilityRange.Percent(availability.Percent);
                var span = TextSpan.FromBounds(top.Syntax.Span.Start, top.Syntax.Threshold.Span.End);
                context.Report(top.Syntax,
                    $"`availability {availability.Syntax.Percentage.Text}` is breached below {committed}, but the credits start at `{CreditTierFacts.Text(top)}`: " +
                    $"an availability {gap.Describe()} (such as {AvailabilityRange.Percent(gap.Example)}) is breached and earns no credit",
                    $"start the credits at the committed availability, `below {committed}`, or add a tier for the availabilities in between",
                    CodeFix.Replace($"start the credits at `below {committed}`", span, $"below {committed}"));
            }
        }
    }
}
