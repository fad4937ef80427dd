using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>A working calendar as a clock: only minutes inside its days and hours, outside its holidays, count.</summary>
public sealed class CalendarClock(WorkingCalendar calendar) : WorkingClock
{
    /// <summary>How far ahead to look for working time before deciding a calendar has none left (holidays only remove finite stretches).</summary>
    private const int SearchDays = 366 * 30;

    public WorkingCalendar Calendar { get; } = calendar;
    public override string Name => Calendar.Name;
    public override DateTimeZone Zone => Calendar.Zone;
    public override Duration? BusinessDay => Calendar.BusinessDay > Duration.Zero ? Calendar.BusinessDay : null;

    public override Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        if (workingTime <= Duration.Zero) return start;
        var remaining = workingTime;
        // The day before too: a window of the previous local date can reach past midnight only at 24:00, but a
        // daylight-saving shift can make the start's local date differ from a window's.
        var date = start.InZone(Zone).Date.PlusDays(-1);
        for (var n = 0; n < SearchDays; n++, date = date.PlusDays(1))
        {
            foreach (var window in Calendar.WindowsOn(date))
            {
                if (window.End <= start) continue;
                var from = window.Start > start ? window.Start : start;
                var available = window.End - from;
                if (remaining <= available) return from + remaining;
                remaining -= available;
            }
        }
        throw new InvalidOperationException($"the calendar `{Calendar.Name}` has no working time after {start}");
    }

    public override Instant CloseOfBusinessDay(Instant start, int day)
    {
        var date = start.InZone(Zone).Date;
        var counted = 0;
        for (var n = 0; n < SearchDays; n++)
        {
            date = date.PlusDays(1);
            var windows = Calendar.WindowsOn(date).ToList();
            if (windows.Count == 0) continue;
            if (++counted >= day) return windows[^1].End;
        }
        throw new InvalidOperationException($"the calendar `{Calendar.Name}` has no working day after {start}");
    }
}
