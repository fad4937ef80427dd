using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// A written duration added to an instant on a clock. Units with a fixed length are working minutes on the clock
/// (`4 h` on a calendar is 240 working minutes); `N business days` is N times the clock's business day and
/// `N business hours` N × 60 working minutes; months and years are calendar months in the clock's zone.
/// </summary>
internal static class WrittenDurations
{
    /// <summary>The instant, or null with <paramref name="why"/> when the duration has no length on this clock.</summary>
    public static Instant? Add(Instant start, WrittenDuration duration, WorkingClock clock, out string? why)
    {
        why = null;
        if (duration.FixedMinutes is { } minutes) return clock.AddWorkingTime(start, Minutes.ToDuration(minutes));
        switch (duration.Unit)
        {
            case DurationUnit.BusinessHour:
                return clock.AddWorkingTime(start, Minutes.ToDuration(duration.Amount * 60));
            case DurationUnit.BusinessDay:
                if (clock.BusinessDay is not { } day)
                {
                    why = $"a business day has no length on `{clock.Name}` (it has spans, not daily hours)";
                    return null;
                }
                return clock.AddWorkingTime(start, Minutes.ToDuration(duration.Amount * Minutes.Of(day)));
            case DurationUnit.Month or DurationUnit.Year:
                if (duration.Amount != decimal.Truncate(duration.Amount))
                {
                    why = "a fraction of a month or year has no exact length";
                    return null;
                }
                var local = start.InZone(clock.Zone).LocalDateTime;
                var months = (int)duration.Amount * (duration.Unit == DurationUnit.Year ? 12 : 1);
                return clock.Zone.AtLeniently(local.PlusMonths(months)).ToInstant();
            default:
                why = "the duration has no unit";
                return null;
        }
    }

    /// <summary>Elapsed time (24x7), for windows the language measures in plain time: unreported-after, notice, claims.</summary>
    public static Instant? AddElapsed(Instant start, WrittenDuration duration, DateTimeZone zone, out string? why) =>
        Add(start, duration, new ContinuousClock(zone), out why);

    /// <summary>`5 days`, `30 min`: as contracts write it.</summary>
    public static string Describe(WrittenDuration duration)
    {
        var unit = duration.Unit switch
        {
            DurationUnit.Minute => "min",
            DurationUnit.Hour => "h",
            DurationUnit.Day => duration.Amount == 1 ? "day" : "days",
            DurationUnit.BusinessDay => duration.Amount == 1 ? "business day" : "business days",
            DurationUnit.BusinessHour => duration.Amount == 1 ? "business hour" : "business hours",
            DurationUnit.Week => duration.Amount == 1 ? "week" : "weeks",
            DurationUnit.Month => duration.Amount == 1 ? "month" : "months",
            _ => duration.Amount == 1 ? "year" : "years",
        };
        return $"{Runtime.Amounts.DecimalText.Format(duration.Amount)} {unit}";
    }
}
