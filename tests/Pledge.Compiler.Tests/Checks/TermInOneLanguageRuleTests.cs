using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class TermInOneLanguageRuleTests
{
    private static string Define(string define) => Header + $$"""
        clause c "联通" / "Connectivity" {
          {{define}}
        }
        """;

    [Fact]
    public void Term_and_definition_in_one_language_get_a_safe_placeholder_fix()
    {
        var text = Define("define \"网络联通\" : \"端口可以与骨干网相联通\"");
        var d = Single(Run(new TermInOneLanguageRule(), text));
        Assert.Equal("PLG5004", d.Code);
        Assert.Contains("`网络联通` is defined in `zh-CN` only", d.Message);
        Assert.Contains("its term and definition in `en` are missing", d.Message);
        Assert.NotNull(d.Fix);
        Assert.True(d.Fix.IsSafe);
        Assert.Contains("define \"网络联通\" / \"…\" : \"端口可以与骨干网相联通\" / \"…\"", Apply(text, d.Fix));
    }

    [Fact]
    public void Definition_missing_one_language_is_reported()
    {
        var text = Define("define \"网络联通\" / \"Connected\" : \"端口可以与骨干网相联通\"");
        var d = Single(Run(new TermInOneLanguageRule(), text));
        Assert.Contains("its definition in `en` is missing", d.Message);
        Assert.Contains(": \"端口可以与骨干网相联通\" / \"…\"", Apply(text, d.Fix!));
        Assert.DoesNotContain("\"Connected\" / \"…\"", Apply(text, d.Fix!));
    }

    [Fact]
    public void Empty_term_in_a_language_is_reported_without_a_fix()
    {
        var d = Single(Run(new TermInOneLanguageRule(), Define("define \"网络联通\" / \"\" : \"端口联通\" / \"the port is connected\"")));
        Assert.Contains("its term in `en` is missing", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Terms_in_every_language_are_not_reported() =>
        Assert.Empty(Run(new TermInOneLanguageRule(), Define("define \"网络联通\" / \"Connected\" : \"端口联通\" / \"the port is connected\"")));

    [Fact]
    public void Single_language_contract_is_not_reported() =>
        Assert.Empty(Run(new TermInOneLanguageRule(), """
            contract t "Test"
            languages en
            clause c "Connectivity" { define "Connected" : "the port is connected" }
            """));
}
