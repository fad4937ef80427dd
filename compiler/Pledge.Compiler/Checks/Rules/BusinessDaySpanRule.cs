using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4003: business days (or a close-of-day deadline) on a calendar that has only `span`s. A business day
/// is as long as the calendar's daily `hours`; a weekly span has no daily hours, so the day is undefined.
/// Business hours are fine on a span: they count the minutes inside it.
/// </summary>
public sealed class BusinessDaySpanRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.BusinessDayOnSpanCalendar;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            foreach (var use in BusinessTimes.Of(clause))
            {
                if (!use.Days || use.Calendar is not { } calendar) continue;
                if (calendar.Hours.Length > 0 || calendar.Spans.Length == 0) continue;
                context.Report(use.Syntax,
                    $"{use.What} of clause `{clause.Name}` is `{use.Written}`, but the calendar `{calendar.Name}` has only weekly spans and no daily `hours`, so a business day has no length and no close",
                    $"write the time in business hours, or give `{calendar.Name}` `days` and `hours`");
            }
        }
    }
}
