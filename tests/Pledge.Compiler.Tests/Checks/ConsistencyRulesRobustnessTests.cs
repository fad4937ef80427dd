using Pledge.Compiler.Checks;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

/// <summary>The PLG3xxx rules never crash (PLG9000) on incomplete text: every prefix of the rule samples is checked.</summary>
public class ConsistencyRulesRobustnessTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dsl.sln"))) dir = dir.Parent;
        if (dir is null) return data;
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(dir.FullName, "tests", "Samples"), "plg30*").Order(StringComparer.Ordinal))
            data.Add(Path.Combine(folder, "main.sla"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_checks_without_crashing(string path)
    {
        var text = File.ReadAllText(path);
        var rules = RuleCatalog.All.Where(r => r.Descriptor.Code.StartsWith("PLG3", StringComparison.Ordinal)).ToList();
        for (var length = 0; length <= text.Length; length += 13)
        {
            var compilation = Compilation.FromText(text[..length], RuleTestKit.Path);
            var diagnostics = ContractAnalysis.RunRules(compilation.GetSemanticModel(RuleTestKit.Path), rules);
            Assert.DoesNotContain(diagnostics, d => d.Code == "PLG9000");
        }
    }
}
