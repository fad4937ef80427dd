using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class AvailabilityPeriodRuleTests
{
    [Fact]
    public void Availability_without_period_is_reported_with_an_unsafe_per_month_fix()
    {
        var text = Header + """
            clause c "可用性" / "Availability" {
              availability 99.9%
              remedy waive fee when breached
            }
            """;
        var d = Single(Run(new AvailabilityPeriodRule(), text));
        Assert.Equal("PLG4005", d.Code);
        Assert.Equal("availability 99.9%", SpanText(text, d));
        Assert.NotNull(d.Fix);
        Assert.False(d.Fix.IsSafe);
        var fixedText = Apply(text, d.Fix);
        Assert.Contains("availability 99.9% per month", fixedText);
        Assert.Empty(Run(new AvailabilityPeriodRule(), fixedText));
    }

    [Theory]
    [InlineData("day")]
    [InlineData("quarter")]
    [InlineData("year")]
    public void Availability_with_a_period_is_not_reported(string period) =>
        Assert.Empty(Run(new AvailabilityPeriodRule(), Header + $$"""
            clause c "可用性" / "Availability" {
              availability 99.5% per {{period}}
            }
            """));
}
