using NodaTime;

namespace Pledge.Compiler.Semantics;

/// <summary>`span Mon 09:00 - Fri 17:00`: one continuous stretch of working time each week.</summary>
public readonly record struct WeeklySpan(IsoDayOfWeek FromDay, int FromMinute, IsoDayOfWeek ToDay, int ToMinute);
