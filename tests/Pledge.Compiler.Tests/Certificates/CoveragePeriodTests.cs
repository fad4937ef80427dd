using NodaTime;
using Pledge.Certificates.Content;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>LANGUAGE.md §4: the last covered day of `D from START`, month ends and leap days included.</summary>
public class CoveragePeriodTests
{
    [Theory]
    [InlineData("2026-03-15", 1, DurationUnit.Year, "2027-03-14")]      // the language's own example
    [InlineData("2028-02-29", 1, DurationUnit.Year, "2029-02-28")]      // 2029-02-29 does not exist: up to 2029-03-01
    [InlineData("2028-02-29", 4, DurationUnit.Year, "2032-02-28")]      // exists four years on
    [InlineData("2026-01-01", 1, DurationUnit.Year, "2026-12-31")]
    [InlineData("2026-12-31", 12, DurationUnit.Month, "2027-12-30")]
    [InlineData("2026-01-31", 1, DurationUnit.Month, "2026-02-28")]     // 31 February: up to 1 March
    [InlineData("2028-01-31", 1, DurationUnit.Month, "2028-02-29")]     // a leap year: still up to 1 March
    [InlineData("2026-03-31", 1, DurationUnit.Month, "2026-04-30")]
    [InlineData("2026-08-31", 1, DurationUnit.Month, "2026-09-30")]
    [InlineData("2026-01-30", 1, DurationUnit.Month, "2026-02-28")]     // 30 February: up to 1 March
    [InlineData("2026-02-28", 1, DurationUnit.Month, "2026-03-27")]
    [InlineData("2026-10-31", 4, DurationUnit.Month, "2027-02-28")]
    [InlineData("2026-03-15", 30, DurationUnit.Day, "2026-04-13")]
    [InlineData("2026-12-25", 2, DurationUnit.Week, "2027-01-07")]
    public void Last_covered_day(string start, int amount, DurationUnit unit, string expected)
    {
        var last = CoveragePeriod.LastDay(Date(start), new WrittenDuration(amount, unit));
        Assert.Equal(Date(expected), last);
    }

    [Theory]
    [InlineData(5, DurationUnit.BusinessDay)]
    [InlineData(48, DurationUnit.Hour)]
    public void Durations_without_a_calendar_length_have_no_end(int amount, DurationUnit unit) =>
        Assert.Null(CoveragePeriod.LastDay(Date("2026-03-15"), new WrittenDuration(amount, unit)));

    [Fact]
    public void Every_start_in_four_years_ends_the_day_before_its_anniversary_or_on_the_last_of_February()
    {
        for (var start = Date("2027-01-01"); start < Date("2031-01-01"); start = start.PlusDays(1))
        {
            var last = CoveragePeriod.LastDay(start, new WrittenDuration(1, DurationUnit.Year))!.Value;
            var expected = start is { Month: 2, Day: 29 } ? new LocalDate(start.Year + 1, 2, 28) : start.PlusYears(1).PlusDays(-1);
            Assert.Equal(expected, last);
        }
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
