using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class CreditTierGapRuleTests
{
    private static string Credits(string availability, string tiers) => Clause($$"""
          availability {{availability}} per month
          remedy credit monthly_fee by availability {
        {{tiers}}
          }
        """);

    [Fact]
    public void A_first_threshold_below_the_commitment_leaves_a_gap()
    {
        var body = Credits("99.95%", "    below 99.9% : 10%\n    below 99.0% : 25%");
        var d = Assert.Single(Run(new CreditTierGapRule(), body));
        Assert.Equal("PLG3002", d.Code);
        Assert.Equal("below 99.9% : 10%", SpanText(body, d));
        Assert.Contains("from 99.9% up to (not including) 99.95%", d.Message);
        Assert.Contains("such as 99.925%", d.Message);
        Assert.Contains("below 99.95%", Apply(body, d));
    }

    [Fact]
    public void An_inclusive_first_threshold_below_the_commitment_leaves_the_range_above_it()
    {
        var body = Credits("99.95%", "    at or below 99.9% : 10%");
        var d = Assert.Single(Run(new CreditTierGapRule(), body));
        Assert.Contains("above 99.9% up to (not including) 99.95%", d.Message);
        Assert.Contains("below 99.95% : 10%", Apply(body, d));
    }

    [Fact]
    public void A_first_threshold_equal_to_the_commitment_leaves_no_gap()
    {
        Assert.Empty(Run(new CreditTierGapRule(), Credits("99.95%", "    below 99.95% : 10%\n    below 99.0% : 25%")));
    }

    [Fact]
    public void The_highest_threshold_counts_whatever_the_order()
    {
        Assert.Empty(Run(new CreditTierGapRule(), Credits("99.9%", "    below 99.0% : 25%\n    below 99.9% : 10%")));
    }

    [Fact]
    public void A_threshold_above_the_commitment_is_not_a_gap()
    {
        Assert.Empty(Run(new CreditTierGapRule(), Credits("99.9%", "    below 99.99% : 10%")));
    }

    [Fact]
    public void A_clause_without_availability_is_not_checked()
    {
        var body = Clause("""
              remedy credit monthly_fee by availability {
                below 99.0% : 10%
              }
            """);
        Assert.Empty(Run(new CreditTierGapRule(), body));
    }

    [Fact]
    public void Decimal_comparison_is_exact()
    {
        // 99.90% and 99.9% are the same value.
        Assert.Empty(Run(new CreditTierGapRule(), Credits("99.9%", "    below 99.90% : 10%")));
        Assert.Single(Run(new CreditTierGapRule(), Credits("99.9%", "    below 99.89% : 10%")));
    }
}
