using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// When a milestone is due, counted from its start event. <see cref="On"/> is the calendar named with
/// `on CALENDAR`, or null for the clause's clock. A `-` cell or tier is no deadline at all (null).
/// </summary>
public abstract record Deadline(CalendarSymbol? On, DeadlineSyntax Syntax);

/// <summary>`4 h`, `2 business days`: working time on the clock.</summary>
public sealed record DurationDeadline(WrittenDuration Duration, CalendarSymbol? On, DeadlineSyntax Syntax) : Deadline(On, Syntax);

/// <summary>`end of business day N` (`next business day` is N = 1): the close of the N-th working day after the start event's date.</summary>
public sealed record CloseOfBusinessDayDeadline(int Day, CalendarSymbol? On, DeadlineSyntax Syntax) : Deadline(On, Syntax);
