using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class CalendarWithoutWorkingTimeRuleTests
{
    private static string Calendar(string items) => "calendar idle \"空\" / \"Idle\" {\n" + items + "\n}\n";

    [Theory]
    [InlineData("  hours 09:00-17:00", "it has no working `days`")]
    [InlineData("  days Mon-Fri", "it has no `hours` and no `span`")]
    [InlineData("  days Mon-Fri\n  hours 09:00-09:00", "its `hours` have no length")]
    [InlineData("  span Mon 09:00 - Mon 09:00", "its `span` has zero length")]
    [InlineData("  holidays 2026-10-01", "it has no `days`, no `hours` and no `span`")]
    public void A_deadline_on_a_calendar_without_working_time_is_reported(string items, string why)
    {
        var body = Calendar(items) + Clause("  respond within 4 h on idle");
        var d = Assert.Single(Run(new CalendarWithoutWorkingTimeRule(), body));
        Assert.Equal("PLG3015", d.Code);
        Assert.Equal("4 h on idle", SpanText(body, d));
        Assert.Contains(why, d.Message);
        Assert.Contains("never falls due", d.Message);
    }

    [Theory]
    [InlineData("  days Mon-Fri\n  hours 09:00-17:00")]
    [InlineData("  span Mon 09:00 - Fri 17:00")]
    [InlineData("  span Fri 17:00 - Mon 09:00")]
    [InlineData("  days Sat\n  hours 00:00-00:01")]
    public void Calendars_with_working_time_are_fine(string items)
    {
        Assert.Empty(Run(new CalendarWithoutWorkingTimeRule(), Calendar(items) + Clause("  respond within 4 h on idle")));
    }

    [Fact]
    public void Deadlines_on_the_clause_clock_are_reported_once_at_the_clock()
    {
        var body = Calendar("  days Mon-Fri") + Clause("""
              clock idle
              matrix {
                severity | respond | resolve
                critical | 1 h     | 4 h
                major    | 2 h     | 8 h on office
                minor    | 4 h     | -
              }
              arrive by distance {
                up to 50 km : 2 h
                beyond : -
              }
            """);
        var d = Assert.Single(Run(new CalendarWithoutWorkingTimeRule(), body));
        Assert.Equal("clock idle", SpanText(body, d));
        Assert.Contains("runs 5 deadlines", d.Message);
    }

    [Fact]
    public void A_clock_without_deadlines_is_not_reported()
    {
        Assert.Empty(Run(new CalendarWithoutWorkingTimeRule(), Calendar("  days Mon-Fri") + Clause("  clock idle\n  availability 99.9% per month")));
    }
}
