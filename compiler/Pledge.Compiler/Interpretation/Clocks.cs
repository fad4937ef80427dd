using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// The runtime clocks of one contract: `24x7` in the contract's zone, and one per calendar (in its own zone, or the
/// contract's), built once.
/// </summary>
internal sealed class Clocks(DateTimeZone contractZone)
{
    private readonly Dictionary<CalendarSymbol, WorkingClock> _calendars = new(ReferenceEqualityComparer.Instance);

    public WorkingClock Continuous { get; } = new ContinuousClock(contractZone);

    public WorkingClock For(CalendarSymbol? calendar)
    {
        if (calendar is null) return Continuous;
        if (_calendars.TryGetValue(calendar, out var clock)) return clock;
        var working = new WorkingCalendar(
            calendar.Name,
            calendar.Days,
            calendar.Hours.Select(h => new DailyHours(h.From, h.To)),
            calendar.Holidays.Select(h => new DateInterval(LocalDate.FromDateOnly(h.From), LocalDate.FromDateOnly(h.To))),
            calendar.Spans.Select(s => new WeeklyRange(s.FromDay, s.FromMinute, s.ToDay, s.ToMinute)),
            calendar.TimeZone ?? contractZone);
        clock = new CalendarClock(working);
        _calendars[calendar] = clock;
        return clock;
    }
}
