using NodaTime;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// Written durations added on a clock, for the cases the emitter cannot fold into a constant: business days (whose
/// length is the clock's), calendar months (whose length depends on the date) and close-of-day deadlines. Fixed
/// lengths are emitted as <c>clock.AddWorkingTime(start, constant)</c> directly.
/// </summary>
public static class WrittenTime
{
    /// <summary>`N business days`: N times the clock's business day, or null (and why) on a clock without one.</summary>
    public static Instant? AddBusinessDays(WorkingClock clock, Instant start, decimal days, out string? why)
    {
        why = null;
        if (clock.BusinessDay is not { } day)
        {
            why = $"a business day has no length on `{clock.Name}` (it has spans, not daily hours)";
            return null;
        }
        return clock.AddWorkingTime(start, Minutes.ToDuration(days * Minutes.Of(day)));
    }

    /// <summary>Whole calendar months in the clock's zone (a year is 12); a local time that does not exist moves forward.</summary>
    public static Instant AddMonths(WorkingClock clock, Instant start, int months)
    {
        var local = start.InZone(clock.Zone).LocalDateTime;
        return clock.Zone.AtLeniently(local.PlusMonths(months)).ToInstant();
    }
}
