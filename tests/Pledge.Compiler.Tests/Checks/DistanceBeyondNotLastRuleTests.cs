using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class DistanceBeyondNotLastRuleTests
{
    [Fact]
    public void Beyond_before_other_tiers_is_moved_to_the_end()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    beyond : 24 h\n    up to 100 km : 4 h");
        var d = Assert.Single(Run(new DistanceBeyondNotLastRule(), body));
        Assert.Equal("PLG3011", d.Code);
        Assert.Equal("beyond : 24 h", SpanText(body, d));
        Assert.Contains("followed by the tier `up to 100 km`", d.Message);
        Assert.True(d.Fix!.IsSafe);
        Assert.Contains("    up to 50 km : 2 h\n    up to 100 km : 4 h\n    beyond : 24 h", Apply(body, d));
    }

    [Fact]
    public void A_second_beyond_is_reported()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    beyond : 24 h\n    beyond : 48 h");
        var d = Assert.Single(Run(new DistanceBeyondNotLastRule(), body));
        Assert.Equal("beyond : 48 h", SpanText(body, d));
        Assert.StartsWith("a second `beyond`", d.Message);
    }

    [Fact]
    public void Beyond_last_is_fine()
    {
        Assert.Empty(Run(new DistanceBeyondNotLastRule(), DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    beyond : 24 h")));
    }
}
