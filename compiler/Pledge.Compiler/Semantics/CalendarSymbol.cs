using System.Collections.Immutable;
using NodaTime;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `calendar NAME TEXT { days … hours … holidays … span … timezone … }`: working time that a clock counts.
/// A calendar without its own zone uses the contract's.
/// </summary>
public sealed class CalendarSymbol(
    string name,
    LocalizedText title,
    ImmutableArray<IsoDayOfWeek> days,
    ImmutableArray<TimeOfDayRange> hours,
    ImmutableArray<DateRange> holidays,
    ImmutableArray<WeeklySpan> spans,
    string? timeZoneName,
    DateTimeZone? timeZone,
    CalendarDeclarationSyntax syntax,
    SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Calendar;
    public LocalizedText Title { get; } = title;

    /// <summary>Working days, Monday first, each once.</summary>
    public ImmutableArray<IsoDayOfWeek> Days { get; } = days;

    /// <summary>Working hours on each working day, as written.</summary>
    public ImmutableArray<TimeOfDayRange> Hours { get; } = hours;

    public ImmutableArray<DateRange> Holidays { get; } = holidays;

    /// <summary>Weekly spans; holidays apply to spans too.</summary>
    public ImmutableArray<WeeklySpan> Spans { get; } = spans;

    /// <summary>The calendar's own `timezone` text, or null when it uses the contract's.</summary>
    public string? TimeZoneName { get; } = timeZoneName;

    /// <summary>The calendar's own zone, or null when it has none (or an unknown one, which is reported).</summary>
    public DateTimeZone? TimeZone { get; } = timeZone;

    /// <summary>Minutes of work in one day by `hours` (what `1 business day` means); 0 on a span-only calendar.</summary>
    public int BusinessDayMinutes => Hours.Sum(h => h.Minutes);

    public new CalendarDeclarationSyntax Syntax { get; } = syntax;
}
