using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class MilestoneOrderRuleTests
{
    private static string Matrix(string header, string rows, string extra = "") => Clause($$"""
          matrix {
            severity | {{header}}
        {{rows}}
          }
        {{extra}}
        """);

    [Fact]
    public void Respond_later_than_arrive_is_reported()
    {
        var body = Matrix("respond | arrive | resolve", "    critical | 2 h | 1 h | 4 h\n    major | 30 min | 1 h | 6 h\n    minor | 1 h | 2 h | 8 h");
        var d = Assert.Single(Run(new MilestoneOrderRule(), body));
        Assert.Equal("PLG3006", d.Code);
        Assert.Equal("2 h", SpanText(body, d));
        Assert.StartsWith("`critical` respond `2 h` is later than arrive `1 h`", d.Message);
        Assert.Contains("critical | 1 h | 1 h | 4 h", Apply(body, d));
    }

    [Fact]
    public void Equal_times_in_a_row_are_fine()
    {
        Assert.Empty(Run(new MilestoneOrderRule(), Matrix("respond | arrive | resolve", "    critical | 1 h | 1 h | 1 h\n    major | 2 h | 2 h | 2 h\n    minor | 2 h | 2 h | 2 h")));
    }

    [Fact]
    public void Report_is_exempt()
    {
        Assert.Empty(Run(new MilestoneOrderRule(), Matrix("resolve | report", "    critical | 4 h | 1 h\n    major | 6 h | 1 h\n    minor | 8 h | 1 h")));
    }

    [Fact]
    public void The_order_follows_the_milestones_not_the_columns()
    {
        // Columns written resolve first: resolve 1 h is due before respond 2 h.
        var body = Matrix("resolve | respond", "    critical | 1 h | 2 h\n    major | 4 h | 2 h\n    minor | 8 h | 2 h");
        var d = Assert.Single(Run(new MilestoneOrderRule(), body));
        Assert.StartsWith("`critical` respond `2 h` is later than resolve `1 h`", d.Message);
    }

    [Fact]
    public void A_re_anchored_column_is_not_compared_with_the_others()
    {
        var body = Matrix("acknowledge | arrive", "    critical | 2 h | 1 h\n    major | 2 h | 1 h\n    minor | 2 h | 1 h", "  arrive after acknowledged");
        Assert.Empty(Run(new MilestoneOrderRule(), body));
    }

    [Fact]
    public void Deadlines_on_different_clocks_are_not_compared()
    {
        Assert.Empty(Run(new MilestoneOrderRule(), Matrix("respond | resolve", "    critical | 2 h | 1 h on office\n    major | 2 h | 1 h on office\n    minor | 2 h | 1 business day on office")));
    }

    [Fact]
    public void Single_commitments_with_the_same_anchor_are_compared()
    {
        var body = Clause("""
              respond within 4 h
              resolve within 2 h after reported
              restore within 1 h after acknowledged
            """);
        var d = Assert.Single(Run(new MilestoneOrderRule(), body));
        Assert.Equal("4 h", SpanText(body, d));
        Assert.StartsWith("respond `4 h` is later than resolve `2 h`", d.Message);
    }

    [Fact]
    public void A_single_commitment_is_compared_with_each_row()
    {
        var body = Matrix("respond", "    critical | 15 min\n    major | 30 min\n    minor | 2 h", "  resolve within 1 h");
        var d = Assert.Single(Run(new MilestoneOrderRule(), body));
        Assert.StartsWith("`minor` respond `2 h` is later than resolve `1 h`", d.Message);
    }

    [Fact]
    public void A_single_commitment_due_after_a_row_cell_is_reported_once()
    {
        var body = Matrix("resolve", "    critical | 4 h\n    major | 4 h\n    minor | 8 h", "  respond within 6 h");
        var d = Assert.Single(Run(new MilestoneOrderRule(), body));
        Assert.Equal("6 h", SpanText(body, d));
        Assert.StartsWith("respond `6 h` is later than resolve `4 h` (for `critical`)", d.Message);
    }
}
