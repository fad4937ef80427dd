using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class BusinessTimeCalendarRuleTests
{
    private const string Office = """
        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
        }

        """;

    [Theory]
    [InlineData("resolve within 2 business days", "2 business days")]
    [InlineData("respond within 4 business hours", "4 business hours")]
    [InlineData("resolve by next business day", "next business day")]
    [InlineData("resolve by end of business day 2", "end of business day 2")]
    public void Business_time_on_a_24x7_clock_is_reported(string commitment, string written)
    {
        var text = Header + Office + $$"""
            clause c "响应" / "Response" {
              {{commitment}}
            }
            """;
        var d = Single(Run(new BusinessTimeCalendarRule(), text));
        Assert.Equal("PLG4002", d.Code);
        Assert.Equal(written, SpanText(text, d));
        Assert.Contains($"`{written}`", d.Message);
        // One calendar with working time is visible: running the deadline on it is offered, never applied.
        Assert.NotNull(d.Fix);
        Assert.False(d.Fix.IsSafe);
        var fixedText = Apply(text, d.Fix);
        Assert.Contains(commitment + " on office", fixedText);
        Assert.Empty(Run(new BusinessTimeCalendarRule(), fixedText));
    }

    [Fact]
    public void Matrix_cells_distance_tiers_notice_and_claim_windows_are_reported()
    {
        var found = Run(new BusinessTimeCalendarRule(), Header + """
            cause maintenance "维护" / "maintenance"
            severity critical "重大" / "Critical" : "停机" / "down"
            clause c "响应" / "Response" {
              availability 99.9% per month
              exclude planned maintenance with notice 2 business days
              matrix {
                severity | respond | resolve
                critical | 1 h     | 1 business day
              }
              arrive by distance {
                up to 50 km : 4 business hours
                beyond      : 24 h
              }
              remedy pay 100 CNY per breach
              claim within 5 business days after breach
            }
            """);
        Assert.Equal(4, found.Count);
        Assert.Contains(found, d => d.Message.Contains("`critical` `resolve`"));
        Assert.Contains(found, d => d.Message.Contains("`up to 50 km`"));
        Assert.Contains(found, d => d.Message.Contains("notice of planned maintenance"));
        Assert.Contains(found, d => d.Message.Contains("claim window") && d.Fix is null);
    }

    [Fact]
    public void No_fix_when_several_calendars_could_be_meant()
    {
        var d = Single(Run(new BusinessTimeCalendarRule(), Header + Office + """
            calendar support "支持时间" / "Support hours" {
              days Mon-Sat
              hours 08:00-20:00
            }
            clause c "响应" / "Response" {
              resolve within 2 business days
            }
            """));
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("clock office\n  resolve within 2 business days")]
    [InlineData("resolve within 2 business days on office")]
    [InlineData("clock 24x7\n  resolve by next business day on office")]
    [InlineData("resolve within 2 days")]
    [InlineData("respond within 4 h")]
    public void Business_time_with_a_calendar_in_scope_or_plain_time_is_not_reported(string items) =>
        Assert.Empty(Run(new BusinessTimeCalendarRule(), Header + Office + $$"""
            clause c "响应" / "Response" {
              {{items}}
            }
            """));

    [Fact]
    public void Unresolved_calendar_is_left_to_the_name_check() =>
        Assert.Empty(Run(new BusinessTimeCalendarRule(), Header + """
            clause c "响应" / "Response" {
              resolve within 2 business days on nowhere
            }
            """));

    [Theory]
    [InlineData("resolve within 2 business days", false)]
    [InlineData("resolve by next business day", false)]
    [InlineData("respond within 4 business hours", true)]
    public void A_span_only_calendar_is_offered_only_for_business_hours(string commitment, bool offered)
    {
        // Business days need daily `hours`: running them on a span-only calendar would only trade PLG4002 for PLG4003.
        var text = Header + """
            calendar weekdays "24x5" / "24x5" {
              span Mon 09:00 - Fri 17:00
            }

            """ + $$"""
            clause c "响应" / "Response" {
              {{commitment}}
            }
            """;
        var d = Single(Run(new BusinessTimeCalendarRule(), text));
        Assert.Equal(offered, d.Fix is not null);
    }
}
