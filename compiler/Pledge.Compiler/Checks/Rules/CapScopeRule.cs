using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4004: `cap 5% of contract_value` without `per incident`, `per period` or `in total`. A cap per
/// incident, per period or over the whole contract are three different limits on what is owed.
/// </summary>
public sealed class CapScopeRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.CapWithoutScope;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            foreach (var remedy in clause.Remedies)
            {
                var cap = remedy switch
                {
                    PenaltyRemedy p => p.Cap,
                    CreditRemedy c => c.Cap,
                    _ => null,
                };
                if (cap is not { Scope: null }) continue;
                var span = TextSpan.FromBounds(cap.Syntax.CapKeyword.Span.Start, cap.Syntax.Span.End);
                var written = $"cap {cap.Syntax.Percentage.Text} of {cap.Syntax.Parameter.Text}";
                if (remedy is CreditRemedy)
                {
                    context.Report(span,
                        $"`{written}` does not say what it limits: the credit of each period, or all credits together",
                        "credits are capped per period: write `per period` after the parameter",
                        CodeFix.Replace("add `per period`", new TextSpan(cap.Syntax.Parameter.Span.End, 0), " per period"));
                }
                else
                {
                    context.Report(span,
                        $"`{written}` does not say what it limits: each incident, each period, or the whole contract",
                        "write `per incident`, `per period` or `in total` after the parameter");
                }
            }
        }
    }
}
