using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Facts;

/// <summary>
/// How much working time a calendar has in a week (holidays aside, which only ever remove finite
/// stretches): its working days times the length of its daily hours, plus its weekly spans.
/// <see cref="Lacking"/> says why a calendar has none ("it has no `days`"), or is null.
/// </summary>
public sealed record CalendarWorkingTime(CalendarSymbol Calendar, int WeeklyMinutes, string? Lacking)
{
    public bool HasWorkingTime => WeeklyMinutes > 0;

    private const int MinutesPerWeek = 7 * 1440;

    public static CalendarWorkingTime Of(CalendarSymbol calendar)
    {
        var daily = calendar.Hours.Sum(h => Math.Max(0, h.Minutes));
        var fromDays = calendar.Days.Length * daily;
        var fromSpans = calendar.Spans.Sum(SpanMinutes);
        var weekly = fromDays + fromSpans;
        return new CalendarWorkingTime(calendar, weekly, weekly > 0 ? null : Why(calendar, daily));
    }

    /// <summary>The length of one weekly span; a span that ends before it starts runs over the week's end.</summary>
    public static int SpanMinutes(WeeklySpan span)
    {
        var from = ((int)span.FromDay - 1) * 1440 + span.FromMinute;
        var to = ((int)span.ToDay - 1) * 1440 + span.ToMinute;
        var length = to - from;
        return length < 0 ? length + MinutesPerWeek : length;
    }

    private static string Why(CalendarSymbol calendar, int daily)
    {
        if (!calendar.Spans.IsEmpty && calendar.Days.IsEmpty && calendar.Hours.IsEmpty)
            return "its `span` has zero length";
        if (calendar.Spans.IsEmpty && calendar.Days.IsEmpty && calendar.Hours.IsEmpty)
            return "it has no `days`, no `hours` and no `span`";
        if (calendar.Days.IsEmpty) return "it has no working `days`";
        if (calendar.Hours.IsEmpty) return "it has no `hours` and no `span`";
        return daily == 0 ? "its `hours` have no length" : "it has no working time";
    }
}
