using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class CreditTiersOrderRuleTests
{
    private static string Credits(string tiers) => Clause($$"""
          availability 99.95% per month
          remedy credit monthly_fee by availability {
        {{tiers}}
          }
        """);

    [Fact]
    public void Descending_thresholds_with_ascending_credits_are_fine()
    {
        Assert.Empty(Run(new CreditTiersOrderRule(), Credits("    below 99.95% : 10%\n    below 99.0% : 25%\n    below 95.0% : 100%")));
    }

    [Fact]
    public void Equal_credits_are_allowed()
    {
        Assert.Empty(Run(new CreditTiersOrderRule(), Credits("    below 99.95% : 10%\n    below 99.0% : 10%")));
    }

    [Fact]
    public void Tiers_written_lowest_first_are_reordered_by_the_fix()
    {
        var body = Credits("    below 95.0%  : 100%\n    below 99.0%  : 25%\n    below 99.95% : 10%");
        var d = Assert.Single(Run(new CreditTiersOrderRule(), body));
        Assert.Equal("PLG3004", d.Code);
        Assert.Equal("below 99.0%  : 25%", SpanText(body, d));
        Assert.True(d.Fix!.IsSafe);
        Assert.Contains("    below 99.95% : 10%\n    below 99.0%  : 25%\n    below 95.0%  : 100%", Apply(body, d));
    }

    [Fact]
    public void Credits_that_shrink_as_availability_falls_are_reported_without_a_fix()
    {
        var body = Credits("    below 99.95% : 25%\n    below 99.0% : 10%");
        var d = Assert.Single(Run(new CreditTiersOrderRule(), body));
        Assert.Equal("below 99.0% : 10%", SpanText(body, d));
        Assert.Contains("pays less (10% against 25%)", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Out_of_order_tiers_whose_credits_also_shrink_get_no_reorder_fix()
    {
        var diagnostics = Run(new CreditTiersOrderRule(), Credits("    below 99.0% : 10%\n    below 99.95% : 25%"));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Null(d.Fix));
    }

    [Fact]
    public void Two_tiers_with_the_same_threshold_are_reported()
    {
        var body = Credits("    below 99.95% : 10%\n    at or below 99.95% : 25%");
        var d = Assert.Single(Run(new CreditTiersOrderRule(), body));
        Assert.Equal("at or below 99.95% : 25%", SpanText(body, d));
        Assert.Contains("same threshold", d.Message);
    }
}
