using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>`span Mon 09:00 - Fri 17:00`: one continuous stretch each week; one that ends before it starts wraps over Sunday night.</summary>
public readonly record struct WeeklyRange(IsoDayOfWeek FromDay, int FromMinute, IsoDayOfWeek ToDay, int ToMinute);
