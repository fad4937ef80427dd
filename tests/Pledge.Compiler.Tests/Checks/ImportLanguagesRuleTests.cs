using Pledge.Compiler.Checks;
using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class ImportLanguagesRuleTests
{
    private static List<Pledge.Dsl.Diagnostics.Diagnostic> Check(string libraryLanguages, string contractLanguages, bool libraryHasLanguages = true)
    {
        using var dir = new TempDirectory();
        dir.Write("lib/common.sla", (libraryHasLanguages ? $"languages {libraryLanguages}\n" : "") + "cause power \"停电\" / \"power cut\"\n");
        var main = dir.Write("main.sla", $"contract t \"测试\" / \"Test\"\nlanguages {contractLanguages}\nimport \"lib/common.sla\"\n");
        var compilation = Compilation.Create([main]);
        return ContractAnalysis.RunRules(compilation.GetSemanticModel(main), [new ImportLanguagesRule()]);
    }

    [Fact]
    public void Library_lacking_a_language_of_the_contract_is_reported_on_the_import()
    {
        var d = Single(Check("zh-CN, en", "zh-CN, ko"));
        Assert.Equal("PLG5005", d.Code);
        Assert.Contains("`lib/common.sla` is written in `zh-CN`, `en`", d.Message);
        Assert.Contains("no `ko`", d.Message);
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("zh-CN, en", "zh-CN, en")]
    [InlineData("en, zh-CN", "zh-CN, en")]
    [InlineData("zh-cn, en, ko", "zh-CN, en")]
    [InlineData("zh-CN, en, ko", "en")]
    public void Library_with_every_language_of_the_contract_is_not_reported(string library, string contract) =>
        Assert.Empty(Check(library, contract));

    [Fact]
    public void Library_without_its_own_languages_is_not_reported() =>
        Assert.Empty(Check("", "zh-CN, ko", libraryHasLanguages: false));
}
