using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>
/// The clock deadlines run on. A deadline is the earliest instant at which the given working time is used up
/// (Friday 17:00 plus 60 working minutes on 09:00–18:00 is Friday 18:00, not Monday 09:00).
/// </summary>
public abstract class WorkingClock
{
    /// <summary>`24x7` or the calendar's name.</summary>
    public abstract string Name { get; }

    /// <summary>The zone whose dates close-of-day deadlines count.</summary>
    public abstract DateTimeZone Zone { get; }

    /// <summary>The length of `1 business day`; null when the clock has none (a span-only calendar).</summary>
    public abstract Duration? BusinessDay { get; }

    /// <summary>The earliest instant at which <paramref name="workingTime"/> of working time after <paramref name="start"/> is used up.</summary>
    public abstract Instant AddWorkingTime(Instant start, Duration workingTime);

    /// <summary>
    /// `end of business day N` (`next business day` is N = 1): the close of the N-th working day after the date of
    /// <paramref name="start"/> (in the clock's zone).
    /// </summary>
    public abstract Instant CloseOfBusinessDay(Instant start, int day);
}
