using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4001: `per day late` without `started` or `full`. Three and a half days late is four started days
/// or three full days: the amount owed depends on a word the clause does not say.
/// </summary>
public sealed class PenaltyCountingRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.PenaltyCountingUnspecified;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            foreach (var penalty in clause.Remedies.OfType<PenaltyRemedy>())
            {
                if (penalty.Counting is not null) continue;
                var syntax = penalty.Syntax;
                var unit = syntax.Unit.Text;
                var span = TextSpan.FromBounds(syntax.PerKeyword.Span.Start, syntax.LateKeyword.Span.End);
                if (span.Length <= 0) span = syntax.Span;
                context.Report(span,
                    $"`per {unit} late` does not say whether a {unit} begun counts as a whole {unit} or only whole {unit}s count",
                    $"write `per started {unit} late` to round lateness up, or `per full {unit} late` to round it down",
                    CodeFix.Replace($"write `per started {unit} late`", new TextSpan(syntax.Unit.Span.Start, 0), "started "));
            }
        }
    }
}
