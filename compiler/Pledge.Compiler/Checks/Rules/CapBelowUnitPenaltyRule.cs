using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3012: a penalty's cap is at least one unit's penalty. `1% of contract_value per started day
/// late, cap 0.5% of contract_value` reaches its cap before the first day is charged in full, so the
/// rate never matters. Compared only when the cap and the penalty are shares of the same parameter;
/// a cap equal to one unit is allowed.
/// </summary>
public sealed class CapBelowUnitPenaltyRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.CapBelowUnitPenalty;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        foreach (var penalty in clause.Remedies.OfType<PenaltyRemedy>())
        {
            if (penalty.Cap is not { } cap || cap.Syntax.Percentage.Text.Length == 0 || penalty.Syntax.Percentage.Text.Length == 0) continue;
            if (penalty.Parameter is null || !ReferenceEquals(penalty.Parameter, cap.Parameter)) continue;
            if (cap.Percent >= penalty.Percent) continue;

            var parameter = penalty.Parameter.Name;
            var counting = penalty.Counting switch { LatenessCounting.Started => "started ", LatenessCounting.Full => "full ", _ => "" };
            var unit = penalty.Unit == LatenessUnit.Day ? "day" : "hour";
            var effect = cap.Scope switch
            {
                CapScope.PerIncident => $"every late incident costs the cap, {AvailabilityRange.Percent(cap.Percent)}, however late it is",
                CapScope.PerPeriod => $"the first {unit} late in a period uses up the whole cap",
                _ => $"the first {unit} late uses up the whole cap",
            };
            context.Report(Dsl.Text.TextSpan.FromBounds(cap.Syntax.CapKeyword.Span.Start, cap.Syntax.Span.End),
                $"the cap of {AvailabilityRange.Percent(cap.Percent)} of `{parameter}` is less than one {counting}{unit}'s penalty, " +
                $"{AvailabilityRange.Percent(penalty.Percent)} of `{parameter}`: the cap binds before the first {unit} is charged, so {effect}",
                $"raise the cap to at least {AvailabilityRange.Percent(penalty.Percent)} of `{parameter}`, or lower the penalty",
                CodeFix.Replace($"raise the cap to {AvailabilityRange.Percent(penalty.Percent)}", cap.Syntax.Percentage.Span, penalty.Syntax.Percentage.Text));
        }
    }
}
