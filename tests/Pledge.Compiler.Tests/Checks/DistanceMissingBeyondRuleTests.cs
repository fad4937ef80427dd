using Pledge.Compiler.Checks.Rules;
using Pledge.Dsl.Diagnostics;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class DistanceMissingBeyondRuleTests
{
    [Fact]
    public void Tiers_without_beyond_are_a_warning_with_a_fix()
    {
        var body = DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    up to 100 km : 4 h");
        var d = Assert.Single(Run(new DistanceMissingBeyondRule(), body));
        Assert.Equal("PLG3010", d.Code);
        Assert.Equal(DiagnosticLevel.Warning, d.Level);
        Assert.Equal("up to 100 km : 4 h", SpanText(body, d));
        Assert.Contains("a site farther than 100 km has no arrive deadline", d.Message);
        Assert.Contains("    up to 100 km : 4 h\n    beyond : -\n  }", Apply(body, d));
    }

    [Fact]
    public void The_fix_works_on_one_line()
    {
        var body = Clause("  arrive by distance { up to 50 km : 2 h }");
        var d = Assert.Single(Run(new DistanceMissingBeyondRule(), body));
        Assert.Contains("{ up to 50 km : 2 h beyond : - }", Apply(body, d));
    }

    [Fact]
    public void Beyond_no_commitment_is_fine()
    {
        Assert.Empty(Run(new DistanceMissingBeyondRule(), DistanceTiersOrderRuleTests.Tiers("    up to 50 km : 2 h\n    beyond : -")));
    }
}
