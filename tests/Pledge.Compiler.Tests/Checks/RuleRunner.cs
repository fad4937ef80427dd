using Pledge.Compiler.Checks;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

/// <summary>Runs one rule over a snippet compiled as main.sla (PLG4xxx and PLG5xxx rule tests).</summary>
internal static class RuleRunner
{
    public const string Path = "/virtual/main.sla";

    public const string Header = """
        contract test "测试" / "Test"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY
        parameter fee "月费" / "Monthly fee" : money

        """;

    public static List<Diagnostic> Run(CheckRule rule, string text)
    {
        var compilation = Compilation.FromText(text, Path);
        return ContractAnalysis.RunRules(compilation.GetSemanticModel(Path), [rule]);
    }

    public static List<Diagnostic> RunContract(CheckRule rule, string body) => Run(rule, Header + body);

    /// <summary>The source with the fix's edits applied.</summary>
    public static string Apply(string text, CodeFix fix)
    {
        foreach (var edit in fix.Edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text;
    }

    public static Diagnostic Single(List<Diagnostic> diagnostics)
    {
        Assert.True(diagnostics.Count == 1, $"expected one diagnostic, got {diagnostics.Count}:\n{string.Join("\n", diagnostics.Select(d => d.Message))}");
        return diagnostics[0];
    }

    public static string SpanText(string text, Diagnostic diagnostic) => text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
}
