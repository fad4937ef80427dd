using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class RemedyWithoutBreachRuleTests
{
    [Theory]
    [InlineData("waive fee when breached")]
    [InlineData("pay 100 CNY per breach")]
    [InlineData("1% of fee per started day late")]
    public void Remedy_on_a_clause_with_no_commitment_is_reported(string remedy)
    {
        var d = Single(Run(new RemedyWithoutBreachRule(), Header + $$"""
            clause c "说明" / "Notes" {
              text "说明" / "Notes"
              remedy {{remedy}}
            }
            """));
        Assert.Equal("PLG4007", d.Code);
        Assert.Contains("can never be breached", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Lateness_penalty_on_an_availability_clause_is_reported()
    {
        var d = Single(Run(new RemedyWithoutBreachRule(), Header + """
            clause c "可用性" / "Availability" {
              availability 99.9% per month
              remedy 1% of fee per started hour late
            }
            """));
        Assert.Contains("needs a milestone", d.Message);
    }

    [Fact]
    public void Credit_by_availability_on_a_milestone_clause_is_reported()
    {
        var d = Single(Run(new RemedyWithoutBreachRule(), Header + """
            clause c "响应" / "Response" {
              respond within 2 h
              remedy credit fee by availability {
                below 99.9% : 10%
              }, cap 50% of fee per period
            }
            """));
        Assert.Contains("needs an availability commitment", d.Message);
    }

    [Theory]
    [InlineData("availability 99.9% per month", "waive fee when breached")]
    [InlineData("max downtime 40 min per month", "pay 100 CNY per breach")]
    [InlineData("respond within 2 h", "waive fee when breached")]
    [InlineData("respond within 2 h", "1% of fee per started day late")]
    [InlineData("resolve by next business day on office", "pay 100 CNY per breach")]
    public void Remedies_with_something_to_breach_are_not_reported(string commitment, string remedy) =>
        Assert.Empty(Run(new RemedyWithoutBreachRule(), Header + $$"""
            calendar office "工作时间" / "Office hours" {
              days Mon-Fri
              hours 09:00-18:00
            }
            clause c "条款" / "Clause" {
              {{commitment}}
              remedy {{remedy}}
            }
            """));

    [Fact]
    public void Clause_without_remedy_is_not_reported() =>
        Assert.Empty(Run(new RemedyWithoutBreachRule(), Header + """
            clause c "说明" / "Notes" {
              text "说明" / "Notes"
            }
            """));
}
