using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class DistanceFartherFasterRuleTests
{
    [Fact]
    public void A_farther_tier_with_less_time_is_reported()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 4 h\n    up to 100 km : 2 h\n    beyond : 24 h");
        var d = Assert.Single(Run(new DistanceFartherFasterRule(), body));
        Assert.Equal("PLG3009", d.Code);
        Assert.Equal("2 h", SpanText(body, d));
        Assert.StartsWith("`up to 100 km : 2 h` gives a farther site less time than `up to 50 km : 4 h`", d.Message);
        Assert.Contains("up to 100 km : 4 h", Apply(body, d));
    }

    [Fact]
    public void Equal_times_are_fine()
    {
        Assert.Empty(Run(new DistanceFartherFasterRule(), DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 4 h\n    up to 100 km : 4 h\n    beyond : 240 min")));
    }

    [Fact]
    public void Beyond_is_the_farthest_tier()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 4 h\n    beyond : 3 h");
        var d = Assert.Single(Run(new DistanceFartherFasterRule(), body));
        Assert.StartsWith("`beyond : 3 h`", d.Message);
    }

    [Fact]
    public void No_commitment_and_other_clocks_are_skipped()
    {
        Assert.Empty(Run(new DistanceFartherFasterRule(), DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 4 h\n    up to 100 km : 1 h on office\n    beyond : -")));
    }

    [Fact]
    public void Tiers_are_compared_in_the_order_they_apply()
    {
        // Written out of order, but the 50 km tier (2 h) applies before the 100 km tier (4 h): fine.
        Assert.Empty(Run(new DistanceFartherFasterRule(), DistanceTiersOrderRuleTests.Tiers("    up to 100 km : 4 h\n    up to 50 km : 2 h\n    beyond : 8 h")));
    }
}
