using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class DistanceTiersOverlapRuleTests
{
    [Fact]
    public void Two_tiers_with_the_same_bound_are_reported_at_the_second()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    up to 50 km : 4 h\n    beyond : 8 h");
        var d = Assert.Single(Run(new DistanceTiersOverlapRule(), body));
        Assert.Equal("PLG3008", d.Code);
        Assert.Equal("up to 50 km : 4 h", SpanText(body, d));
        Assert.Contains("same bound as `up to 50 km : 2 h`", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Distinct_bounds_are_fine()
    {
        Assert.Empty(Run(new DistanceTiersOverlapRule(), DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    up to 51 km : 4 h\n    beyond : 8 h")));
    }
}
