using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4006: `max downtime 44 min` without `per PERIOD`, on a clause whose availability names no period
/// either (an allowance without its own period is counted over the availability's). 44 minutes a month
/// and 44 minutes a year are different promises.
/// </summary>
public sealed class MaxDowntimePeriodRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.MaxDowntimeWithoutPeriod;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.MaxDowntime is not { Period: null } max) continue;
            if (clause.Availability?.Period is not null) continue;
            var duration = max.Syntax.Duration;
            var written = $"max downtime {duration.Number.Text} {string.Join(' ', duration.Unit.Select(u => u.Text))}";
            context.Report(max.Syntax,
                $"`{written}` does not say the period the downtime is added up over" +
                (clause.Availability is null ? "" : ", and the clause's availability names none either"),
                "add `per month` (or `per day`, `per week`, `per quarter`, `per year`) after the duration",
                CodeFix.Replace("add `per month`", new TextSpan(duration.Span.End, 0), " per month"));
        }
    }
}
