using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class WarrantyCoversExcludedCauseRuleTests
{
    private static string Warranty(string items) => $$"""
        warranty w "保修" / "Warranty" {
          duration 1 year from completion
        {{items}}
        }
        """;

    [Fact]
    public void Covering_a_cause_the_warranty_excludes_is_reported()
    {
        var body = Warranty("  covers peeling \"起皮\" / \"peeling\" : free repair\n  excludes causes force_majeure, peeling");
        var d = Assert.Single(Run(new WarrantyCoversExcludedCauseRule(), body));
        Assert.Equal("PLG3014", d.Code);
        Assert.Equal("peeling", SpanText(body, d));
        Assert.Contains("excludes causes force_majeure, peeling", d.Message);
        Assert.Contains("  excludes causes force_majeure\n", Apply(body, d));
    }

    [Fact]
    public void The_fix_removes_a_single_name_item_with_its_line()
    {
        var body = Warranty("  covers peeling \"起皮\" / \"peeling\" : free repair\n  excludes causes peeling");
        var d = Assert.Single(Run(new WarrantyCoversExcludedCauseRule(), body));
        Assert.DoesNotContain("excludes", Apply(body, d));
    }

    [Fact]
    public void Covering_a_cause_of_a_top_level_exclusion_is_reported()
    {
        var body = """
            exclusion fm "不可抗力" / "Force majeure" {
              causes force_majeure
            }

            """ + Warranty("  covers force_majeure \"不可抗力\" / \"force majeure\" : free repair");
        var d = Assert.Single(Run(new WarrantyCoversExcludedCauseRule(), body));
        Assert.Contains("the exclusion `fm`", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Covering_and_excluding_different_causes_is_fine()
    {
        Assert.Empty(Run(new WarrantyCoversExcludedCauseRule(), Warranty("  covers peeling \"起皮\" / \"peeling\" : free repair\n  excludes causes force_majeure")));
    }
}
