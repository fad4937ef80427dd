using NodaTime;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Tests;

public class TimeTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Instant At(int month, int day, int hour, int minute = 0) =>
        Shanghai.AtStrictly(new LocalDateTime(2026, month, day, hour, minute)).ToInstant();

    private static CalendarClock Office(params DateInterval[] holidays) => new(new WorkingCalendar(
        "office",
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        [new DailyHours(9 * 60, 18 * 60)],
        holidays,
        [],
        Shanghai));

    [Fact]
    public void Friday_17_plus_60_working_minutes_is_Friday_18() =>
        Assert.Equal(At(10, 9, 18), Office().AddWorkingTime(At(10, 9, 17), Duration.FromMinutes(60)));

    [Fact]
    public void Working_time_skips_weekends_and_holidays()
    {
        Assert.Equal(At(10, 12, 9, 1), Office().AddWorkingTime(At(10, 9, 17, 59), Duration.FromMinutes(2)));
        var holiday = new DateInterval(new LocalDate(2026, 10, 12), new LocalDate(2026, 10, 12));
        Assert.Equal(At(10, 13, 9, 1), Office(holiday).AddWorkingTime(At(10, 9, 17, 59), Duration.FromMinutes(2)));
    }

    [Fact]
    public void Split_hours_are_both_counted()
    {
        var clock = new CalendarClock(new WorkingCalendar("split", [IsoDayOfWeek.Monday], [new DailyHours(9 * 60, 12 * 60), new DailyHours(13 * 60, 18 * 60)], [], [], Shanghai));
        Assert.Equal(At(10, 12, 14), clock.AddWorkingTime(At(10, 12, 11), Duration.FromHours(2)));
        Assert.Equal(Duration.FromHours(8), clock.BusinessDay);
    }

    [Fact]
    public void A_span_that_wraps_over_the_weekend()
    {
        // Fri 20:00 to Mon 08:00 (a weekend on-call span): Saturday 10:00 + 3 h = Saturday 13:00; Monday 07:00 + 2 h → Friday 21:00.
        var clock = new CalendarClock(new WorkingCalendar("weekend", [], [], [], [new WeeklyRange(IsoDayOfWeek.Friday, 20 * 60, IsoDayOfWeek.Monday, 8 * 60)], Shanghai));
        Assert.Equal(At(10, 10, 13), clock.AddWorkingTime(At(10, 10, 10), Duration.FromHours(3)));
        Assert.Equal(At(10, 16, 21), clock.AddWorkingTime(At(10, 12, 7), Duration.FromHours(2)));
        Assert.Null(clock.BusinessDay);
    }

    [Fact]
    public void Close_of_business_day_n()
    {
        Assert.Equal(At(10, 12, 18), Office().CloseOfBusinessDay(At(10, 9, 10), 1));
        Assert.Equal(At(10, 13, 18), Office().CloseOfBusinessDay(At(10, 9, 10), 2));
        Assert.Equal(At(10, 10, 0), new ContinuousClock(Shanghai).CloseOfBusinessDay(At(10, 8, 10), 1));
    }

    [Theory]
    [InlineData("2026-10", PeriodKind.Month, "2026-10-01", "2026-11-01")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2027-01-01")]
    [InlineData("2026", PeriodKind.Year, "2026-01-01", "2027-01-01")]
    [InlineData("2026-W41", PeriodKind.Week, "2026-10-05", "2026-10-12")]
    [InlineData("2026-10-05", PeriodKind.Day, "2026-10-05", "2026-10-06")]
    public void Periods_parse(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(LocalDate.FromDateOnly(DateOnly.Parse(start)), period.Start);
        Assert.Equal(LocalDate.FromDateOnly(DateOnly.Parse(end)), period.End);
        Assert.Equal(text, period.Label);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26-10")]
    [InlineData("October")]
    public void Bad_periods_do_not_parse(string text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Fact]
    public void Periods_split_into_smaller_ones_only()
    {
        Assert.Equal(["2026-10", "2026-11", "2026-12"], ReportingPeriod.Parse("2026-Q4").SplitInto(PeriodKind.Month)!.Select(p => p.Label).ToArray());
        Assert.Null(ReportingPeriod.Parse("2026-10").SplitInto(PeriodKind.Quarter));
        Assert.Null(ReportingPeriod.Parse("2026-10").SplitInto(PeriodKind.Week));
        Assert.Equal(31, ReportingPeriod.Parse("2026-10").SplitInto(PeriodKind.Day)!.Count);
    }

    [Fact]
    public void Interval_union_merges_overlapping_and_touching_outages()
    {
        var merged = IntervalSet.Merge([
            new Outage(new Interval(At(10, 3, 10), At(10, 3, 11)), "A"),
            new Outage(new Interval(At(10, 3, 11), At(10, 3, 12)), "B"),
            new Outage(new Interval(At(10, 3, 14), At(10, 3, 15)), "C"),
            new Outage(new Interval(At(10, 3, 10, 30), At(10, 3, 10, 45)), "D"),
        ]);
        Assert.Equal(2, merged.Length);
        Assert.Equal(Duration.FromHours(2), merged[0].Length);
        Assert.Equal(["A", "D", "B"], merged[0].IncidentIds.ToArray());
    }
}
