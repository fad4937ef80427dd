using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;

namespace Pledge.Runtime.Time;

/// <summary>
/// A calendar period: `2026-10-05` (day), `2026-W41` (ISO week), `2026-10` (month), `2026-Q4` (quarter) or
/// `2026` (year), from the start of its first date up to the start of the date after it. It becomes instants only
/// in a zone (<see cref="In"/>), where its real length counts (a month with a daylight-saving change is an hour
/// longer or shorter).
/// </summary>
public sealed partial record ReportingPeriod(PeriodKind Kind, LocalDate Start, LocalDate End)
{
    [GeneratedRegex(@"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();

    /// <summary>`2026-10`, `2026-Q4`, `2026-W41`, `2026-10-05`, `2026` as written.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Day => Start.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        PeriodKind.Week => $"{WeekYearRules.Iso.GetWeekYear(Start):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Start):00}",
        PeriodKind.Month => Start.ToString("uuuu'-'MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year:0000}-Q{(Start.Month - 1) / 3 + 1}",
        _ => Start.Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Label;

    /// <summary>The period as instants in a zone: from the start of its first day to the start of the day after its last.</summary>
    public Interval In(DateTimeZone zone) => new(zone.AtStartOfDay(Start).ToInstant(), zone.AtStartOfDay(End).ToInstant());

    public static bool TryParse(string text, out ReportingPeriod period)
    {
        period = null!;
        var m = Syntax().Match(text.Trim());
        if (!m.Success) return false;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9999) return false;
        try
        {
            if (m.Groups[3].Success)
                period = Of(PeriodKind.Day, new LocalDate(year, Int(m, 2), Int(m, 3)));
            else if (m.Groups[2].Success)
                period = Int(m, 2) is >= 1 and <= 12 ? Of(PeriodKind.Month, new LocalDate(year, Int(m, 2), 1)) : null!;
            else if (m.Groups[4].Success)
                period = Of(PeriodKind.Quarter, new LocalDate(year, (Int(m, 4) - 1) * 3 + 1, 1));
            else if (m.Groups[5].Success)
            {
                var week = Int(m, 5);
                if (week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year)) return false;
                period = Of(PeriodKind.Week, WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday));
            }
            else
                period = Of(PeriodKind.Year, new LocalDate(year, 1, 1));
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        return period is not null;
    }

    /// <exception cref="FormatException">not a period.</exception>
    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"`{text}` is not a period (write 2026-10, 2026-Q4, 2026, 2026-W41 or 2026-10-05)");

    /// <summary>The period of that kind containing <paramref name="date"/>.</summary>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date) => kind switch
    {
        PeriodKind.Day => Of(kind, date),
        PeriodKind.Week => Of(kind, date.PlusDays(1 - (int)date.DayOfWeek)),
        PeriodKind.Month => Of(kind, new LocalDate(date.Year, date.Month, 1)),
        PeriodKind.Quarter => Of(kind, new LocalDate(date.Year, (date.Month - 1) / 3 * 3 + 1, 1)),
        _ => Of(kind, new LocalDate(date.Year, 1, 1)),
    };

    /// <summary>The period of <paramref name="kind"/> starting on <paramref name="start"/>.</summary>
    public static ReportingPeriod Of(PeriodKind kind, LocalDate start) => new(kind, start, kind switch
    {
        PeriodKind.Day => start.PlusDays(1),
        PeriodKind.Week => start.PlusWeeks(1),
        PeriodKind.Month => start.PlusMonths(1),
        PeriodKind.Quarter => start.PlusMonths(3),
        _ => start.PlusYears(1),
    });

    /// <summary>
    /// The consecutive periods of <paramref name="kind"/> that make up this one (a quarter into three months), or
    /// null when they do not fit exactly: a shorter period than <paramref name="kind"/>, or weeks in a month.
    /// </summary>
    public IReadOnlyList<ReportingPeriod>? SplitInto(PeriodKind kind)
    {
        if (kind == Kind) return [this];
        if (kind > Kind) return null;
        var parts = new List<ReportingPeriod>();
        var start = Start;
        while (start < End)
        {
            var part = Containing(kind, start);
            if (part.Start != start || part.End > End) return null;
            parts.Add(part);
            start = part.End;
        }
        return parts;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
