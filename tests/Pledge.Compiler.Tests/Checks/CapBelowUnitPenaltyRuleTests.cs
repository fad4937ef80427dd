using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class CapBelowUnitPenaltyRuleTests
{
    private static string Penalty(string line) => Clause("  respond within 2 h\n  remedy " + line);

    [Fact]
    public void A_cap_below_one_day_is_reported()
    {
        var body = Penalty("1% of contract_value per started day late, cap 0.5% of contract_value per incident");
        var d = Assert.Single(Run(new CapBelowUnitPenaltyRule(), body));
        Assert.Equal("PLG3012", d.Code);
        Assert.Equal("cap 0.5% of contract_value per incident", SpanText(body, d));
        Assert.Contains("less than one started day's penalty, 1% of `contract_value`", d.Message);
        Assert.Contains("every late incident costs the cap", d.Message);
        Assert.Contains("cap 1% of contract_value", Apply(body, d));
    }

    [Fact]
    public void A_cap_equal_to_one_unit_is_fine()
    {
        Assert.Empty(Run(new CapBelowUnitPenaltyRule(), Penalty("1% of contract_value per full hour late, cap 1% of contract_value in total")));
    }

    [Fact]
    public void Caps_of_another_parameter_are_not_compared()
    {
        Assert.Empty(Run(new CapBelowUnitPenaltyRule(), Penalty("1% of contract_value per started day late, cap 0.5% of monthly_fee in total")));
    }
}
