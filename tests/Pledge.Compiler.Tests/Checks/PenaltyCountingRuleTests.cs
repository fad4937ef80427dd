using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class PenaltyCountingRuleTests
{
    private static string Clause(string remedy) => Header + $$"""
        clause c "响应" / "Response" {
          respond within 2 h
          remedy {{remedy}}
        }
        """;

    [Theory]
    [InlineData("1% of fee per day late", "day")]
    [InlineData("1% of fee per hour late, cap 10% of fee per incident", "hour")]
    public void Penalty_without_started_or_full_is_reported_with_an_unsafe_started_fix(string remedy, string unit)
    {
        var text = Clause(remedy);
        var d = Single(Run(new PenaltyCountingRule(), text));
        Assert.Equal("PLG4001", d.Code);
        Assert.Equal($"per {unit} late", SpanText(text, d));
        Assert.Contains($"`per full {unit} late`", d.Hint);
        Assert.NotNull(d.Fix);
        Assert.False(d.Fix.IsSafe);
        Assert.Contains($"per started {unit} late", Apply(text, d.Fix));
        Assert.Empty(Run(new PenaltyCountingRule(), Apply(text, d.Fix)));
    }

    [Theory]
    [InlineData("1% of fee per started day late")]
    [InlineData("1% of fee per full hour late")]
    [InlineData("waive fee when breached")]
    [InlineData("pay 100 CNY per breach")]
    public void Counted_penalties_and_other_remedies_are_not_reported(string remedy) =>
        Assert.Empty(Run(new PenaltyCountingRule(), Clause(remedy)));
}
