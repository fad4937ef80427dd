using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds deadlines (matrix cells, tiers, commitments) and the calendars they run on.</summary>
internal static class DeadlineBinder
{
    /// <summary>
    /// The deadline, or null for `-` or one that did not parse. <paramref name="outerOn"/> is an item-level
    /// `on CALENDAR`; the deadline's own one wins when both are written (both are resolved).
    /// </summary>
    public static Deadline? Bind(NameResolver names, DeadlineSyntax? syntax, OnCalendarSyntax? outerOn = null)
    {
        var outer = Calendar(names, outerOn);
        switch (syntax)
        {
            case DurationDeadlineSyntax d:
                var on = Calendar(names, d.On) ?? outer;
                return SyntaxValues.Duration(d.Duration) is { } duration ? new DurationDeadline(duration, on, d) : null;
            case NextBusinessDaySyntax n:
                return new CloseOfBusinessDayDeadline(1, Calendar(names, n.On) ?? outer, n);
            case EndOfBusinessDaySyntax e:
                return new CloseOfBusinessDayDeadline(SyntaxValues.Int(e.Day), Calendar(names, e.On) ?? outer, e);
            default:
                return null;
        }
    }

    public static CalendarSymbol? Calendar(NameResolver names, OnCalendarSyntax? on) =>
        on is null ? null : names.Resolve<CalendarSymbol>(on.Calendar);
}
