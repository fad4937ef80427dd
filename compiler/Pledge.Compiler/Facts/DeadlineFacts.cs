using System.Globalization;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Facts;

/// <summary>
/// A deadline as an amount of working time on one clock, so that two deadlines can be compared.
/// <see cref="Clock"/> is the calendar it runs on, or null for `24x7`. Durations with a fixed length
/// count their minutes (`4 h` on a calendar is 240 working minutes); `N business days` and the
/// close-of-day forms (`next business day`, `end of business day N`) count N times the calendar's
/// business day; `N business hours` N × 60 working minutes. <see cref="CloseOfDay"/> marks the
/// close-of-day forms, whose real length also depends on the start time.
/// </summary>
public sealed record DeadlineMagnitude(CalendarSymbol? Clock, decimal Minutes, bool CloseOfDay)
{
    /// <summary>Two deadlines compare only on the same clock: the same calendar, or both `24x7`.</summary>
    public bool IsComparableWith(DeadlineMagnitude other) => ReferenceEquals(Clock, other.Clock);

    /// <summary>`24x7` or the calendar's name.</summary>
    public string ClockName => Clock?.Name ?? "24x7";

    /// <summary>`12 h`, or `9 h of working time on office` on a calendar.</summary>
    public string Describe() =>
        Clock is null ? DeadlineFacts.Elapsed(Minutes) : $"{DeadlineFacts.Elapsed(Minutes)} of working time on `{Clock.Name}`";
}

/// <summary>Computed facts about deadlines: the clock they run on and how much working time they allow.</summary>
public static class DeadlineFacts
{
    /// <summary>The calendar a deadline runs on: its own `on CALENDAR`, else the clause's clock (null: `24x7`).</summary>
    public static CalendarSymbol? ClockOf(Deadline deadline, CalendarSymbol? clauseClock) => deadline.On ?? clauseClock;

    /// <summary>
    /// The deadline's working time on its clock, or null when it cannot be compared: months and years,
    /// business units with no calendar (or a span calendar, whose business day has no length), or an
    /// `on CALENDAR` that names no calendar.
    /// </summary>
    public static DeadlineMagnitude? Measure(Deadline deadline, CalendarSymbol? clauseClock)
    {
        if (deadline.On is null && NamesCalendar(deadline.Syntax)) return null;
        var clock = ClockOf(deadline, clauseClock);
        switch (deadline)
        {
            case DurationDeadline { Duration: var duration }:
                if (duration.FixedMinutes is { } fixedMinutes) return new DeadlineMagnitude(clock, fixedMinutes, false);
                if (clock is null) return null;
                return duration.Unit switch
                {
                    DurationUnit.BusinessHour => new DeadlineMagnitude(clock, duration.Amount * 60, false),
                    DurationUnit.BusinessDay when clock.BusinessDayMinutes > 0 =>
                        new DeadlineMagnitude(clock, duration.Amount * clock.BusinessDayMinutes, false),
                    _ => null,
                };
            case CloseOfBusinessDayDeadline { Day: var day }:
                return clock is { BusinessDayMinutes: > 0 } ? new DeadlineMagnitude(clock, (decimal)day * clock.BusinessDayMinutes, true) : null;
            default:
                return null;
        }
    }

    /// <summary>A single commitment's deadline; null also when its item-level `on CALENDAR` names no calendar.</summary>
    public static DeadlineMagnitude? Measure(Commitment commitment, CalendarSymbol? clauseClock) =>
        commitment.Deadline.On is null && commitment.Syntax.On is not null ? null : Measure(commitment.Deadline, clauseClock);

    /// <summary>
    /// True when the clause's `clock` names a calendar that did not resolve: its deadlines' clock is
    /// unknown, so they are not compared.
    /// </summary>
    public static bool HasUnknownClock(ClauseSymbol clause) =>
        clause.Clock is null && clause.Syntax.Body.Items.OfType<ClockItemSyntax>().Any(c => c.Clock.Text is { Length: > 0 } text && text != "24x7");

    /// <summary>The deadline as written, tokens joined by single spaces: `1 business day on office`.</summary>
    public static string Text(Deadline deadline) => Text(deadline.Syntax);

    public static string Text(SyntaxNode node) => string.Join(" ", node.DescendantTokens().Where(t => t.Text.Length > 0).Select(t => t.Text));

    /// <summary>`90 min`, `12 h`, `2.5 h`: minutes as contracts state them.</summary>
    public static string Elapsed(decimal minutes)
    {
        if (minutes != 0 && minutes % 60 == 0) return $"{Number(minutes / 60)} h";
        return minutes >= 120 && minutes % 6 == 0 ? $"{Number(minutes / 60)} h" : $"{Number(minutes)} min";
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static bool NamesCalendar(DeadlineSyntax syntax) => syntax switch
    {
        DurationDeadlineSyntax d => d.On is not null,
        NextBusinessDaySyntax n => n.On is not null,
        EndOfBusinessDaySyntax e => e.On is not null,
        _ => false,
    };
}
