using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class TextMissingLanguageRuleTests
{
    [Fact]
    public void Text_with_one_string_for_two_languages_gets_a_safe_placeholder_fix()
    {
        var text = Header + """
            cause power "停电"
            clause c "说明" / "Notes" {
              text "只有中文"
            }
            """;
        var found = Run(new TextMissingLanguageRule(), text);
        Assert.Equal(2, found.Count);
        Assert.Equal("\"停电\"", SpanText(text, found[0]));
        var d = found[1];
        Assert.Equal("PLG5001", d.Code);
        Assert.Equal("\"只有中文\"", SpanText(text, d));
        Assert.Contains("the text has 1 string for the languages `zh-CN`, `en`: `en` is missing", d.Message);
        Assert.NotNull(d.Fix);
        Assert.True(d.Fix.IsSafe);
        var fixedText = Apply(text, d.Fix);
        Assert.Contains("text \"只有中文\" / \"…\"", fixedText);
        // The placeholder keeps the text reported until it is translated.
        var again = Run(new TextMissingLanguageRule(), fixedText);
        Assert.Equal(2, again.Count);
        Assert.Contains("`en` string is empty or a placeholder", again[1].Message);
        Assert.Null(again[1].Fix);
    }

    [Fact]
    public void Empty_string_is_reported_without_a_fix()
    {
        var d = Single(Run(new TextMissingLanguageRule(), Header + """
            clause c "说明" / "Notes" {
              text "" / "English only"
            }
            """));
        Assert.Contains("`zh-CN` string is empty", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Three_languages_name_both_missing_ones()
    {
        var text = """
            contract t "测试" / "Test" / "시험"
            languages zh-CN, en, ko
            clause c "说明" {
            }
            """;
        var d = Single(Run(new TextMissingLanguageRule(), text));
        Assert.Contains("`en`, `ko` are missing", d.Message);
        Assert.Contains("\"说明\" / \"…\" / \"…\"", Apply(text, d.Fix!));
    }

    [Fact]
    public void Complete_texts_single_language_files_and_defines_are_not_reported()
    {
        Assert.Empty(Run(new TextMissingLanguageRule(), Header + """
            clause c "说明" / "Notes" {
              define "术语" : "定义"
              text "中文" / "English"
            }
            """));
        Assert.Empty(Run(new TextMissingLanguageRule(), """
            contract t "Test"
            languages en
            clause c "Notes" { text "English" }
            """));
    }

    [Fact]
    public void Library_without_languages_is_checked_against_its_importer()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", "cause power \"停电\"\n");
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\nclause c \"说明\" / \"Notes\" { exclude causes power }\n");
        var compilation = Compilation.Create([main]);
        var common = compilation.SyntaxTrees.Single(t => t.Path.EndsWith("common.sla", StringComparison.Ordinal));
        var d = Single(Pledge.Compiler.Checks.ContractAnalysis.RunRules(compilation.GetSemanticModel(common), [new TextMissingLanguageRule()]));
        Assert.Contains("`en` is missing", d.Message);
    }
}
