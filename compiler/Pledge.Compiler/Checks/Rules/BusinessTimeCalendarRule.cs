using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4002: `2 business days`, `4 business hours`, `next business day` or `end of business day N` where no
/// calendar is in scope (no `on CALENDAR`, and the clause's clock is `24x7`). Without a calendar nothing
/// says which days are business days nor how long one is.
/// </summary>
public sealed class BusinessTimeCalendarRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.BusinessTimeWithoutCalendar;

    public override void Check(CheckContext context)
    {
        var calendars = context.Model.Calendars.Where(c => c.Hours.Length > 0 || (c.Spans.Length > 0)).ToList();
        // Business days and close-of-day deadlines need daily `hours` (on a span-only calendar they are PLG4003),
        // so the fix offers only a calendar that can carry the deadline.
        var withHours = calendars.Where(c => c.Hours.Length > 0).ToList();
        foreach (var clause in context.Clauses)
        {
            foreach (var use in BusinessTimes.Of(clause))
            {
                if (use.Calendar is not null) continue;
                var candidates = use.Days ? withHours : calendars;
                var only = candidates.Count == 1 ? candidates[0].Name : null;
                var fix = only is not null && use.OnInsertAt is { } at
                    ? CodeFix.Replace($"run it on `{only}`", new TextSpan(at, 0), $" on {only}")
                    : null;
                context.Report(use.Syntax,
                    $"{use.What} of clause `{clause.Name}` is `{use.Written}`, but no calendar says which days are business days: the clause's clock is 24x7",
                    use.OnInsertAt is null
                        ? "give the clause a working-time clock with `clock CALENDAR`, or write the time in plain days or hours"
                        : "write `on CALENDAR` after it, give the clause a clock with `clock CALENDAR`, or write the time in plain days or hours",
                    fix);
            }
        }
    }
}
