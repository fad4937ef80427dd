using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class TextExtraStringRuleTests
{
    [Fact]
    public void Text_with_more_strings_than_languages_is_reported_on_the_extra_strings()
    {
        var text = Header + """
            clause c "说明" / "Notes" / "메모" {
            }
            """;
        var d = Single(Run(new TextExtraStringRule(), text));
        Assert.Equal("PLG5002", d.Code);
        Assert.Equal("/ \"메모\"", SpanText(text, d));
        Assert.Contains("3 strings", d.Message);
        Assert.Contains("after the second", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Define_with_an_extra_string_is_reported()
    {
        var found = Run(new TextExtraStringRule(), Header + """
            clause c "说明" / "Notes" {
              define "术语" / "Term" / "용어" : "定义" / "Definition"
            }
            """);
        Assert.Single(found);
    }

    [Fact]
    public void Texts_with_one_string_per_language_or_fewer_are_not_reported() =>
        Assert.Empty(Run(new TextExtraStringRule(), Header + """
            clause c "说明" / "Notes" {
              text "中文"
              text "中文" / "English"
            }
            """));

    [Fact]
    public void File_without_languages_is_not_checked() =>
        Assert.Empty(Run(new TextExtraStringRule(), """
            cause power "停电" / "power cut" / "정전"
            """));
}
