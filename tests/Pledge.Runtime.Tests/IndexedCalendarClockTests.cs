using NodaTime;
using Pledge.Runtime.Compiled;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Tests;

/// <summary>
/// The compiled evaluators' table-driven clock must answer exactly as the day-by-day walk the interpreter uses, for
/// any calendar: daily hours, weekly spans that wrap over Sunday night, holidays, zones with daylight saving
/// (whose windows can move or vanish), fixed offsets; and any start, inside or far outside the first table.
/// </summary>
public class IndexedCalendarClockTests
{
    private static readonly string[] Zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Seoul"];

    [Fact]
    public void Answers_as_the_day_by_day_walk_for_random_calendars_and_starts()
    {
        var random = new Random(20261122);
        var compared = 0;
        for (var c = 0; c < 300; c++)
        {
            var calendar = RandomCalendar(random);
            var walk = new CalendarClock(calendar);
            var indexed = new IndexedCalendarClock(calendar);
            if (!calendar.HasWorkingTime) continue;
            // Starts clustered around one date (the table built first), with some years away (a new table).
            var centre = Instant.FromUtc(2026, 1 + random.Next(12), 1 + random.Next(28), 0, 0);
            for (var q = 0; q < 60; q++)
            {
                var start = centre + Duration.FromMinutes(random.Next(-90 * 1440, 90 * 1440)) + Duration.FromSeconds(random.Next(60));
                if (random.Next(20) == 0) start += Duration.FromDays(random.Next(-3000, 3000));
                var working = Duration.FromMinutes(random.Next(0, 4 * 1440)) + Duration.FromSeconds(random.Next(2) * 30);
                Assert.True(walk.AddWorkingTime(start, working) == indexed.AddWorkingTime(start, working),
                    $"AddWorkingTime({start}, {working}) on {Describe(calendar)}");
                var day = 1 + random.Next(4);
                Assert.True(walk.CloseOfBusinessDay(start, day) == indexed.CloseOfBusinessDay(start, day),
                    $"CloseOfBusinessDay({start}, {day}) on {Describe(calendar)}");
                compared++;
            }
        }
        Assert.True(compared > 10_000, $"only {compared} comparisons");
    }

    [Fact]
    public void A_start_at_the_edge_of_time_goes_to_the_walk()
    {
        var calendar = new WorkingCalendar("office", [IsoDayOfWeek.Monday], [new DailyHours(540, 1080)], [], [], DateTimeZone.Utc);
        var start = Instant.FromUtc(9000, 1, 1, 0, 0);
        Assert.Equal(new CalendarClock(calendar).AddWorkingTime(start, Duration.FromHours(2)),
            new IndexedCalendarClock(calendar).AddWorkingTime(start, Duration.FromHours(2)));
    }

    [Fact]
    public void A_zone_that_skipped_a_whole_day_goes_to_the_walk_near_that_day()
    {
        // Samoa skipped 2011-12-30: a table around it has a date with no start; the walk never needs that date here.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var calendar = new WorkingCalendar("office", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday,
            IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], [new DailyHours(540, 1080)], [], [], apia);
        var walk = new CalendarClock(calendar);
        var indexed = new IndexedCalendarClock(calendar);
        foreach (var start in new[] { Instant.FromUtc(2012, 2, 27, 22, 0), Instant.FromUtc(2011, 11, 2, 20, 0), Instant.FromUtc(2012, 2, 20, 1, 0) })
        {
            Assert.Equal(walk.AddWorkingTime(start, Duration.FromHours(4)), indexed.AddWorkingTime(start, Duration.FromHours(4)));
            Assert.Equal(walk.CloseOfBusinessDay(start, 1), indexed.CloseOfBusinessDay(start, 1));
        }
    }

    [Fact]
    public void Centuries_of_working_time_fail_as_the_walk_fails_not_wrap_around()
    {
        var calendar = new WorkingCalendar("office", [IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], [new DailyHours(540, 1080)], [], [],
            DateTimeZoneProviders.Tzdb["Europe/London"]);
        var start = Instant.FromUtc(2026, 10, 5, 10, 0);
        var huge = Duration.FromNanoseconds(long.MaxValue - 1_000_000_000);
        Assert.Throws<InvalidOperationException>(() => new CalendarClock(calendar).AddWorkingTime(start, huge));
        Assert.Throws<InvalidOperationException>(() => new IndexedCalendarClock(calendar).AddWorkingTime(start, huge));
    }

    private static WorkingCalendar RandomCalendar(Random random)
    {
        var days = Enumerable.Range(1, 7).Where(_ => random.Next(3) > 0).Select(d => (IsoDayOfWeek)d).ToList();
        var hours = new List<DailyHours>();
        var minute = random.Next(0, 10) * 60;
        for (var h = random.Next(0, 3); h > 0 && minute < 1440; h--)
        {
            var end = Math.Min(1440, minute + 30 * random.Next(1, 20));
            hours.Add(new DailyHours(minute, end));
            minute = end + 30 * random.Next(0, 6);
        }
        var spans = new List<WeeklyRange>();
        if (random.Next(4) == 0)
            spans.Add(new WeeklyRange((IsoDayOfWeek)random.Next(1, 8), random.Next(0, 48) * 30, (IsoDayOfWeek)random.Next(1, 8), random.Next(0, 48) * 30));
        var holidays = new List<DateInterval>();
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            var first = new LocalDate(2026, 1, 1).PlusDays(random.Next(-400, 400));
            holidays.Add(new DateInterval(first, first.PlusDays(random.Next(0, 10))));
        }
        DateTimeZone zone = random.Next(4) == 0
            ? DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(random.Next(-12, 14), random.Next(2) * 30))
            : DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        return new WorkingCalendar("random", days, hours, holidays, spans, zone);
    }

    private static string Describe(WorkingCalendar c) =>
        $"days {string.Join(",", c.Days)}; hours {string.Join(",", c.Hours)}; spans {string.Join(",", c.Spans)}; " +
        $"holidays {string.Join(",", c.Holidays)}; zone {c.Zone.Id}";
}
