namespace Pledge.Runtime.Time;

/// <summary>`09:00-18:00`: minutes since midnight, <see cref="ToMinute"/> exclusive (1440 is `24:00`).</summary>
public readonly record struct DailyHours(int FromMinute, int ToMinute)
{
    public int Minutes => Math.Max(0, ToMinute - FromMinute);
}
