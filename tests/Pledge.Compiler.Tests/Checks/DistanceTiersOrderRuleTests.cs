using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class DistanceTiersOrderRuleTests
{
    internal static string Tiers(string tiers) => Clause($$"""
          arrive by distance {
        {{tiers}}
          }
        """);

    [Fact]
    public void Nearest_first_is_fine()
    {
        Assert.Empty(Run(new DistanceTiersOrderRule(), Tiers("    up to 50 km : 2 h\n    up to 100 km : 4 h\n    beyond : 24 h")));
    }

    [Fact]
    public void A_nearer_tier_after_a_farther_one_never_applies()
    {
        var body = Tiers("    up to 100 km : 4 h\n    up to 50 km  : 2 h\n    beyond : 24 h");
        var d = Assert.Single(Run(new DistanceTiersOrderRule(), body));
        Assert.Equal("PLG3007", d.Code);
        Assert.Equal("up to 50 km  : 2 h", SpanText(body, d));
        Assert.StartsWith("`up to 50 km` comes after `up to 100 km`", d.Message);
        Assert.False(d.Fix!.IsSafe);
        Assert.Contains("    up to 50 km  : 2 h\n    up to 100 km : 4 h\n    beyond : 24 h", Apply(body, d));
    }

    [Fact]
    public void Miles_are_compared_in_kilometres()
    {
        // 40 mi is 64.4 km: farther than 50 km.
        Assert.Empty(Run(new DistanceTiersOrderRule(), Tiers("    up to 50 km : 2 h\n    up to 40 mi : 4 h")));
        Assert.Single(Run(new DistanceTiersOrderRule(), Tiers("    up to 40 mi : 4 h\n    up to 50 km : 2 h")));
    }

    [Fact]
    public void Equal_bounds_are_an_overlap_not_an_order_problem()
    {
        Assert.Empty(Run(new DistanceTiersOrderRule(), Tiers("    up to 50 km : 2 h\n    up to 50 km : 4 h")));
    }
}
