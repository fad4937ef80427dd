using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class CreditForMetAvailabilityRuleTests
{
    private static string Credits(string availability, string tiers) => Clause($$"""
          availability {{availability}} per month
          remedy credit monthly_fee by availability {
        {{tiers}}
          }
        """);

    [Fact]
    public void At_or_below_the_committed_value_pays_for_a_met_period()
    {
        var body = Credits("99.9%", "    at or below 99.9% : 10%\n    below 99.0% : 25%");
        var d = Assert.Single(Run(new CreditForMetAvailabilityRule(), body));
        Assert.Equal("PLG3003", d.Code);
        Assert.Equal("at or below 99.9% : 10%", SpanText(body, d));
        Assert.Contains("exactly 99.9%", d.Message);
        Assert.Equal("change `at or below` to `below`", d.Fix!.Title);
        Assert.Contains("    below 99.9% : 10%", Apply(body, d));
    }

    [Fact]
    public void Strict_below_the_committed_value_is_fine()
    {
        Assert.Empty(Run(new CreditForMetAvailabilityRule(), Credits("99.9%", "    below 99.9% : 10%")));
    }

    [Fact]
    public void At_or_below_a_value_under_the_commitment_is_fine()
    {
        Assert.Empty(Run(new CreditForMetAvailabilityRule(), Credits("99.9%", "    below 99.9% : 10%\n    at or below 99.0% : 25%")));
    }

    [Fact]
    public void A_threshold_above_the_commitment_pays_for_a_range_of_met_values()
    {
        var body = Credits("99.95%", "    below 99.99% : 10%\n    below 99.0% : 25%");
        var d = Assert.Single(Run(new CreditForMetAvailabilityRule(), body));
        Assert.Contains("from 99.95% up to (not including) 99.99%", d.Message);
        Assert.Contains("such as 99.97%", d.Message);
        Assert.Contains("    below 99.95% : 10%", Apply(body, d));
    }

    [Fact]
    public void Several_tiers_above_the_commitment_are_each_reported_without_a_fix()
    {
        var diagnostics = Run(new CreditForMetAvailabilityRule(), Credits("99.9%", "    below 99.99% : 5%\n    at or below 99.95% : 10%\n    below 99.0% : 25%"));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Null(d.Fix));
        Assert.Contains("up to and including 99.95%", diagnostics[1].Message);
    }
}
