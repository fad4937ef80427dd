using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4005: `availability 99.9%` without `per PERIOD`. The same downtime can break 99.9% of a day and
/// keep 99.9% of a year: the percentage promises nothing until the period it is measured over is named.
/// </summary>
public sealed class AvailabilityPeriodRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.AvailabilityWithoutPeriod;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Availability is not { Period: null } availability) continue;
            var percentage = availability.Syntax.Percentage;
            context.Report(availability.Syntax,
                $"`availability {percentage.Text}` does not say the period it is measured over",
                "add `per day`, `per week`, `per month`, `per quarter` or `per year`; an hour of outage breaks 99.9% of a month but not of a year",
                CodeFix.Replace("add `per month`", new TextSpan(percentage.Span.End, 0), " per month"));
        }
    }
}
