using NodaTime;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The working windows of a calendar for a range of local dates, as instants in nanoseconds, with the working time
/// before each window summed up, so that "where is N working minutes after T" is two binary searches. Answers
/// null whenever the answer might lie outside the table, so the caller can ask the day-by-day walk instead.
/// </summary>
internal sealed class WorkingWindowTable
{
    private readonly LocalDate _firstDate;
    private readonly long[] _start;
    private readonly long[] _end;
    // Working nanoseconds in all windows before window i, and up to its end.
    private readonly long[] _before;
    private readonly long[] _through;
    // The windows of the date _firstDate + d are [_firstOfDate[d], _firstOfDate[d + 1]).
    private readonly int[] _firstOfDate;
    // Starts at or after this instant have the whole day before their date in the table (the walk looks there too).
    private readonly Instant _coveredFrom;
    private readonly Instant _coveredUntil;

    private WorkingWindowTable(LocalDate firstDate, long[] start, long[] end, long[] before, long[] through, int[] firstOfDate,
        Instant coveredFrom, Instant coveredUntil)
    {
        _firstDate = firstDate;
        _start = start;
        _end = end;
        _before = before;
        _through = through;
        _firstOfDate = firstOfDate;
        _coveredFrom = coveredFrom;
        _coveredUntil = coveredUntil;
    }

    /// <summary>
    /// The table for [<paramref name="first"/>, <paramref name="last"/>], or null when its windows are not in time
    /// order, or when a date in it has no start (a zone that skipped a whole day, as Pacific/Apia skipped 2011-12-30):
    /// the walk only meets such a date if a deadline really crosses it.
    /// </summary>
    public static WorkingWindowTable? Build(WorkingCalendar calendar, LocalDate first, LocalDate last)
    {
        try
        {
            return Lay(calendar, first, last);
        }
        catch (SkippedTimeException)
        {
            return null;
        }
    }

    private static WorkingWindowTable? Lay(WorkingCalendar calendar, LocalDate first, LocalDate last)
    {
        var days = Period.DaysBetween(first, last) + 1;
        var start = new List<long>();
        var end = new List<long>();
        var firstOfDate = new int[days + 1];
        var date = first;
        for (var d = 0; d < days; d++, date = date.PlusDays(1))
        {
            firstOfDate[d] = start.Count;
            if (calendar.IsHoliday(date)) continue;
            foreach (var (from, to) in calendar.RangesOf(date.DayOfWeek))
            {
                var s = Nanoseconds(calendar.InstantOf(date, from));
                var e = Nanoseconds(calendar.InstantOf(date, to));
                // A daylight-saving change can map a window out of order; the walk handles that, a search cannot.
                if (e < s || (end.Count > 0 && s < end[^1])) return null;
                start.Add(s);
                end.Add(e);
            }
        }
        firstOfDate[days] = start.Count;
        var before = new long[start.Count];
        var through = new long[start.Count];
        var sum = 0L;
        for (var i = 0; i < start.Count; i++)
        {
            before[i] = sum;
            sum += end[i] - start[i];
            through[i] = sum;
        }
        var zone = calendar.Zone;
        var coveredFrom = zone.AtStartOfDay(first.PlusDays(2)).ToInstant();
        var coveredUntil = zone.AtStartOfDay(last).ToInstant();
        return new WorkingWindowTable(first, [.. start], [.. end], before, through, firstOfDate, coveredFrom, coveredUntil);
    }

    /// <summary>The first and last local dates the table holds.</summary>
    public LocalDate FirstDate => _firstDate;
    public LocalDate LastDate => _firstDate.PlusDays(_firstOfDate.Length - 2);

    public bool Covers(Instant start) => start >= _coveredFrom && start < _coveredUntil;

    /// <summary>The earliest instant at which <paramref name="workingTime"/> after <paramref name="start"/> is used up, or null when it is past the table.</summary>
    public Instant? AddWorkingTime(Instant start, Duration workingTime)
    {
        var at = Nanoseconds(start);
        // The first window that ends after the start.
        var i = FirstAbove(_end, at);
        if (i == _end.Length) return null;
        var from = Math.Max(at, _start[i]);
        long target;
        try
        {
            target = checked(_before[i] + (from - _start[i]) + workingTime.ToInt64Nanoseconds());
        }
        catch (OverflowException)
        {
            return null; // centuries of working time: the walk says there is none
        }
        // The first window whose cumulative working time reaches the target.
        var j = FirstAtLeast(_through, target, i);
        if (j == _through.Length) return null;
        return NodaConstants.UnixEpoch + Duration.FromNanoseconds(_start[j] + (target - _before[j]));
    }

    /// <summary>The close of the <paramref name="day"/>-th date after <paramref name="date"/> with working windows, or null when it is past the table.</summary>
    public Instant? CloseOfBusinessDay(LocalDate date, int day)
    {
        var d = Period.DaysBetween(_firstDate, date);
        if (d < 0) return null;
        var counted = 0;
        for (d++; d < _firstOfDate.Length - 1; d++)
        {
            var count = _firstOfDate[d + 1] - _firstOfDate[d];
            if (count == 0) continue;
            if (++counted >= day) return NodaConstants.UnixEpoch + Duration.FromNanoseconds(_end[_firstOfDate[d + 1] - 1]);
        }
        return null;
    }

    private static long Nanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    /// <summary>The first index whose value is greater than <paramref name="value"/> (values in ascending order).</summary>
    private static int FirstAbove(long[] values, long value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] > value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The first index from <paramref name="from"/> whose value is at least <paramref name="value"/>.</summary>
    private static int FirstAtLeast(long[] values, long value, int from)
    {
        int lo = from, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] >= value) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
