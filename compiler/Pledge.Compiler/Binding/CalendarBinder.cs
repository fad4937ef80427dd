using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds a calendar's body. Calendars name nothing else, so they bind before name lookup exists.</summary>
internal static class CalendarBinder
{
    public static CalendarSymbol Bind(FileBinding file, CalendarDeclarationSyntax syntax)
    {
        var days = new SortedSet<IsoDayOfWeek>();
        var hours = ImmutableArray.CreateBuilder<TimeOfDayRange>();
        var holidays = ImmutableArray.CreateBuilder<DateRange>();
        var spans = ImmutableArray.CreateBuilder<WeeklySpan>();
        string? zoneName = null;
        DateTimeZone? zone = null;
        var single = new SingleItems(file);

        foreach (var item in syntax.Body.Items)
        {
            switch (item)
            {
                case DaysItemSyntax d when single.First("days", d):
                    foreach (var range in d.Ranges.Items) AddDays(days, range);
                    break;
                case HoursItemSyntax h when single.First("hours", h):
                    foreach (var range in h.Ranges.Items)
                        hours.Add(new TimeOfDayRange(SyntaxValues.Int(range.From), SyntaxValues.Int(range.To)));
                    break;
                case HolidaysItemSyntax h:
                    foreach (var range in h.Ranges.Items)
                    {
                        if (range.From.Value is not DateOnly from) continue;
                        var to = range.To?.Value is DateOnly t ? t : from;
                        holidays.Add(new DateRange(from, to));
                    }
                    break;
                case SpanItemSyntax s:
                    if (Weekday(s.FromDay) is { } fromDay && Weekday(s.ToDay) is { } toDay)
                        spans.Add(new WeeklySpan(fromDay, SyntaxValues.Int(s.FromTime), toDay, SyntaxValues.Int(s.ToTime)));
                    break;
                case TimezoneDeclarationSyntax tz when single.First("timezone", tz):
                    zoneName = tz.Zone.Value;
                    zone = SettingsBinder.ResolveZone(file, tz);
                    break;
            }
        }

        return new CalendarSymbol(syntax.Name.Text, file.Text(syntax.Title), [.. days], hours.ToImmutable(),
            holidays.ToImmutable(), spans.ToImmutable(), zoneName, zone, syntax, file.Tree);
    }

    private static void AddDays(SortedSet<IsoDayOfWeek> days, WeekdayRangeSyntax range)
    {
        if (Weekday(range.From) is not { } from) return;
        var to = range.To is null ? from : Weekday(range.To) ?? from;
        // A range may wrap the week end (`Fri-Mon`).
        for (var day = from; ; day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1)
        {
            days.Add(day);
            if (day == to) break;
        }
    }

    public static IsoDayOfWeek? Weekday(SyntaxToken? token) => token?.Text.ToLowerInvariant() switch
    {
        "mon" or "monday" => IsoDayOfWeek.Monday,
        "tue" or "tuesday" => IsoDayOfWeek.Tuesday,
        "wed" or "wednesday" => IsoDayOfWeek.Wednesday,
        "thu" or "thursday" => IsoDayOfWeek.Thursday,
        "fri" or "friday" => IsoDayOfWeek.Friday,
        "sat" or "saturday" => IsoDayOfWeek.Saturday,
        "sun" or "sunday" => IsoDayOfWeek.Sunday,
        _ => null,
    };
}
