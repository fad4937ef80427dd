using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class BusinessDaySpanRuleTests
{
    private const string Calendars = """
        calendar week24x5 "24x5" / "24x5" {
          span Mon 09:00 - Fri 17:00
        }
        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
        }

        """;

    [Theory]
    [InlineData("clock week24x5\n  resolve within 2 business days", "2 business days")]
    [InlineData("resolve within 1 business day on week24x5", "1 business day")]
    [InlineData("resolve by next business day on week24x5", "next business day")]
    [InlineData("clock week24x5\n  resolve by end of business day 3", "end of business day 3")]
    public void Business_days_on_a_span_calendar_are_reported(string items, string written)
    {
        var text = Header + Calendars + $$"""
            clause c "响应" / "Response" {
              {{items}}
            }
            """;
        var d = Single(Run(new BusinessDaySpanRule(), text));
        Assert.Equal("PLG4003", d.Code);
        Assert.StartsWith(written, SpanText(text, d));
        Assert.Contains("`week24x5`", d.Message);
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("clock week24x5\n  resolve within 8 business hours")]
    [InlineData("clock week24x5\n  resolve within 2 business days on office")]
    [InlineData("resolve within 2 business days on office")]
    [InlineData("clock week24x5\n  resolve within 2 days")]
    public void Business_hours_on_spans_and_business_days_on_hours_are_not_reported(string items) =>
        Assert.Empty(Run(new BusinessDaySpanRule(), Header + Calendars + $$"""
            clause c "响应" / "Response" {
              {{items}}
            }
            """));

    [Fact]
    public void Calendar_with_both_spans_and_hours_is_not_reported() =>
        Assert.Empty(Run(new BusinessDaySpanRule(), Header + """
            calendar mixed "混合" / "Mixed" {
              days Mon-Fri
              hours 09:00-18:00
              span Sat 10:00 - Sat 14:00
            }
            clause c "响应" / "Response" {
              resolve within 2 business days on mixed
            }
            """));
}
