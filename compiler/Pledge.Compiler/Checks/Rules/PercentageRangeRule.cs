using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3013: every percentage is between 0% and 100%: availabilities, penalty rates, caps, credit
/// thresholds and credits, and `repair up to` amounts. Which value was meant cannot be guessed, so
/// there is no fix.
/// </summary>
public sealed class PercentageRangeRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.PercentageOutOfRange;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Availability is { } availability)
                Check(context, availability.Syntax.Percentage, "an availability");
            foreach (var remedy in clause.Remedies)
            {
                switch (remedy)
                {
                    case PenaltyRemedy p:
                        Check(context, p.Syntax.Percentage, "a penalty rate");
                        Check(context, p.Cap?.Syntax.Percentage, "a cap");
                        break;
                    case CreditRemedy c:
                        foreach (var tier in c.Tiers)
                        {
                            Check(context, tier.Syntax.Threshold, "a credit threshold");
                            Check(context, tier.Syntax.Credit, "a credit");
                        }
                        Check(context, c.Cap?.Syntax.Percentage, "a cap");
                        break;
                }
            }
        }
        foreach (var warranty in context.Warranties)
        {
            var coverages = warranty.Covers.Select(c => c.Coverage).Append(warranty.OutsideScope).OfType<Coverage>();
            foreach (var option in coverages.SelectMany(c => c.Options))
                Check(context, option.Syntax.Percentage, "a `repair up to` amount");
        }
    }

    private static void Check(CheckContext context, SyntaxToken? token, string what)
    {
        if (token is not { Value: decimal value } || value is >= 0 and <= 100) return;
        context.Report(token,
            $"`{token.Text}` is outside 0–100%, and {what} is a share of a whole",
            "write a percentage from 0% to 100%");
    }
}
