using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>`24x7`: every minute counts. A business day here is a calendar day, closing at midnight in <see cref="Zone"/>.</summary>
public sealed class ContinuousClock(DateTimeZone zone) : WorkingClock
{
    public override string Name => "24x7";
    public override DateTimeZone Zone { get; } = zone;
    public override Duration? BusinessDay => Duration.FromDays(1);

    public override Instant AddWorkingTime(Instant start, Duration workingTime) => start + workingTime;

    public override Instant CloseOfBusinessDay(Instant start, int day) =>
        Zone.AtStartOfDay(start.InZone(Zone).Date.PlusDays(day + 1)).ToInstant();
}
