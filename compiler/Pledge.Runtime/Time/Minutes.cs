using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>Durations as decimal minutes (times keep their seconds: 90 s is 1.5 min), and back.</summary>
public static class Minutes
{
    private const decimal NanosecondsPerMinute = 60_000_000_000m;

    public static decimal Of(Duration duration) => duration.ToInt64Nanoseconds() / NanosecondsPerMinute;

    public static Duration ToDuration(decimal minutes) => Duration.FromNanoseconds((long)decimal.Round(minutes * NanosecondsPerMinute));

    /// <summary>`2 h 5 min`, `45 min 30 s`, `3 days 1 h`: elapsed time for people.</summary>
    public static string Describe(Duration duration)
    {
        if (duration == Duration.Zero) return "0 min";
        var negative = duration < Duration.Zero;
        if (negative) duration = -duration;
        var parts = new List<string>();
        if (duration.Days > 0) parts.Add(duration.Days == 1 ? "1 day" : $"{duration.Days} days");
        if (duration.Hours > 0) parts.Add($"{duration.Hours} h");
        if (duration.Minutes > 0) parts.Add($"{duration.Minutes} min");
        var seconds = duration.Seconds + duration.SubsecondTicks / (decimal)NodaConstants.TicksPerSecond;
        if (seconds > 0) parts.Add($"{Amounts.DecimalText.Format(seconds)} s");
        return (negative ? "−" : "") + string.Join(" ", parts);
    }
}
