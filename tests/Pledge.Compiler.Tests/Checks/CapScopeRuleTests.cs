using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class CapScopeRuleTests
{
    [Fact]
    public void Penalty_cap_without_scope_is_reported_without_a_fix()
    {
        var text = Header + """
            clause c "响应" / "Response" {
              respond within 2 h
              remedy 1% of fee per started day late, cap 5% of fee
            }
            """;
        var d = Single(Run(new CapScopeRule(), text));
        Assert.Equal("PLG4004", d.Code);
        Assert.Equal("cap 5% of fee", SpanText(text, d));
        Assert.Contains("`cap 5% of fee`", d.Message);
        Assert.Contains("`per incident`", d.Hint);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Credit_cap_without_scope_gets_an_unsafe_per_period_fix()
    {
        var text = Header + """
            clause c "可用性" / "Availability" {
              availability 99.9% per month
              remedy credit fee by availability {
                below 99.9% : 10%
              }, cap 50% of fee
            }
            """;
        var d = Single(Run(new CapScopeRule(), text));
        Assert.NotNull(d.Fix);
        Assert.False(d.Fix.IsSafe);
        var fixedText = Apply(text, d.Fix);
        Assert.Contains("cap 50% of fee per period", fixedText);
        Assert.Empty(Run(new CapScopeRule(), fixedText));
    }

    [Theory]
    [InlineData("per incident")]
    [InlineData("per period")]
    [InlineData("in total")]
    public void Scoped_caps_are_not_reported(string scope) =>
        Assert.Empty(Run(new CapScopeRule(), Header + $$"""
            clause c "响应" / "Response" {
              respond within 2 h
              remedy 1% of fee per started day late, cap 5% of fee {{scope}}
            }
            """));

    [Fact]
    public void Penalty_without_cap_is_not_reported() =>
        Assert.Empty(Run(new CapScopeRule(), Header + """
            clause c "响应" / "Response" {
              respond within 2 h
              remedy 1% of fee per started day late
            }
            """));
}
