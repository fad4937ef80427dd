using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class PercentageRangeRuleTests
{
    [Fact]
    public void Every_kind_of_percentage_above_100_is_reported()
    {
        var body = Clause("""
              availability 100.5% per month
              respond within 2 h
              remedy 150% of contract_value per started day late, cap 200% of contract_value in total
              remedy credit monthly_fee by availability {
                below 101% : 110%
              }, cap 300% of monthly_fee per period
            """) + """
            warranty w "保修" / "Warranty" {
              duration 1 year from completion
              covers peeling "起皮" / "peeling" : repair up to 120% of contract_value
              outside scope : repair up to 130% of contract_value
            }
            """;
        var found = Run(new PercentageRangeRule(), body).Select(d => SpanText(body, d)).ToList();
        Assert.Equal(["100.5%", "150%", "200%", "101%", "110%", "300%", "120%", "130%"], found);
    }

    [Fact]
    public void Zero_and_one_hundred_are_inside_the_range()
    {
        var body = Clause("""
              availability 100% per month
              remedy credit monthly_fee by availability {
                below 100% : 0%
                below 0% : 100%
              }
            """);
        Assert.Empty(Run(new PercentageRangeRule(), body));
    }

    [Fact]
    public void The_message_names_the_kind_of_value()
    {
        var d = Assert.Single(Run(new PercentageRangeRule(), Clause("  availability 100.01% per month")));
        Assert.Equal("PLG3013", d.Code);
        Assert.Equal("`100.01%` is outside 0–100%, and an availability is a share of a whole", d.Message);
    }
}
