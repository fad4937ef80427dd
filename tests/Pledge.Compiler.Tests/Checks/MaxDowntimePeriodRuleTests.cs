using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class MaxDowntimePeriodRuleTests
{
    [Fact]
    public void Max_downtime_alone_without_period_is_reported()
    {
        var text = Header + """
            clause c "可用性" / "Availability" {
              max downtime 44 min
            }
            """;
        var d = Single(Run(new MaxDowntimePeriodRule(), text));
        Assert.Equal("PLG4006", d.Code);
        Assert.Contains("`max downtime 44 min`", d.Message);
        Assert.NotNull(d.Fix);
        Assert.False(d.Fix.IsSafe);
        Assert.Empty(Run(new MaxDowntimePeriodRule(), Apply(text, d.Fix)));
    }

    [Fact]
    public void Max_downtime_next_to_an_availability_without_period_is_reported()
    {
        var d = Single(Run(new MaxDowntimePeriodRule(), Header + """
            clause c "可用性" / "Availability" {
              availability 99.9%
              max downtime 40 min
            }
            """));
        Assert.Contains("names none either", d.Message);
    }

    [Fact]
    public void Max_downtime_borrows_the_availability_period() =>
        Assert.Empty(Run(new MaxDowntimePeriodRule(), Header + """
            clause c "可用性" / "Availability" {
              availability 99.9% per month
              max downtime 40 min
            }
            """));

    [Fact]
    public void Max_downtime_with_its_own_period_is_not_reported() =>
        Assert.Empty(Run(new MaxDowntimePeriodRule(), Header + """
            clause c "可用性" / "Availability" {
              max downtime 8 h per year
            }
            """));
}
