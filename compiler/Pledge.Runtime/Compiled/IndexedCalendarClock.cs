using NodaTime;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The compiled evaluators' calendar clock: the same answers as <see cref="CalendarClock"/> (which walks the
/// calendar day by day, and which the reference interpreter keeps using), found by binary search in a table of the
/// working windows around the dates asked about. A deadline then costs two searches instead of a walk over every
/// day between start and deadline, with no allocation. Questions the table cannot answer (dates outside it, a
/// calendar whose windows a daylight-saving change puts out of order) go to the walk.
/// </summary>
public sealed class IndexedCalendarClock : WorkingClock
{
    /// <summary>How many days the table reaches before and after the first date asked about.</summary>
    private const int DaysBefore = 62;
    private const int DaysAfter = 800;

    /// <summary>A table grows to cover every date asked about up to this many days; past that it starts afresh.</summary>
    private const int MostDays = 20 * 366;

    // Tables hold instants as 64-bit nanoseconds (years 1678 to 2261); other starts go to the walk.
    private static readonly Instant FirstTabled = Instant.FromUtc(1700, 1, 1, 0, 0);
    private static readonly Instant LastTabled = Instant.FromUtc(2200, 1, 1, 0, 0);

    private readonly CalendarClock _walk;
    // Immutable once built; replaced whole when a question falls outside it, so threads sharing the evaluator never
    // see a half-built table.
    private volatile WorkingWindowTable? _table;
    // The dates around which no table could be built (see WorkingWindowTable.Build): starts there go straight to
    // the walk instead of trying again on every deadline.
    private volatile UntabledDates? _untabled;

    private sealed record UntabledDates(LocalDate First, LocalDate Last);

    public IndexedCalendarClock(WorkingCalendar calendar) => _walk = new CalendarClock(calendar);

    public WorkingCalendar Calendar => _walk.Calendar;
    public override string Name => _walk.Name;
    public override DateTimeZone Zone => _walk.Zone;
    public override Duration? BusinessDay => _walk.BusinessDay;

    public override Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        if (workingTime <= Duration.Zero) return start;
        return TableFor(start)?.AddWorkingTime(start, workingTime) ?? _walk.AddWorkingTime(start, workingTime);
    }

    public override Instant CloseOfBusinessDay(Instant start, int day)
    {
        var date = start.InZone(Zone).Date;
        return TableFor(start)?.CloseOfBusinessDay(date, day) ?? _walk.CloseOfBusinessDay(start, day);
    }

    /// <summary>A table that covers <paramref name="start"/> with room before it, or null when the calendar's windows cannot be tabled.</summary>
    private WorkingWindowTable? TableFor(Instant start)
    {
        var table = _table;
        if (table is not null && table.Covers(start)) return table;
        if (start < FirstTabled || start > LastTabled) return null;
        var date = start.InZone(Zone).Date;
        if (_untabled is { } untabled && date >= untabled.First && date <= untabled.Last) return null;
        var first = date.PlusDays(-DaysBefore);
        var last = date.PlusDays(DaysAfter);
        // Grown to keep the dates already asked about, so customers whose logs lie in different years do not
        // rebuild the table in turn (threads sharing an evaluator included).
        if (table is not null)
        {
            var grownFirst = LocalDate.Min(first, table.FirstDate);
            var grownLast = LocalDate.Max(last, table.LastDate);
            if (Period.DaysBetween(grownFirst, grownLast) <= MostDays) (first, last) = (grownFirst, grownLast);
        }
        table = WorkingWindowTable.Build(Calendar, first, last);
        if (table is null)
        {
            _untabled = new UntabledDates(date.PlusDays(-DaysBefore), date.PlusDays(DaysAfter));
            return null;
        }
        _table = table;
        return table;
    }
}
