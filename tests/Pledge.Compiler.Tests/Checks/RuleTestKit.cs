using Pledge.Compiler.Checks;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

/// <summary>Runs one rule on a snippet of a contract (the usual header, severities and calendars included).</summary>
internal static class RuleTestKit
{
    public const string Path = "/virtual/main.sla";

    public const string Declarations = """
        contract test "测试" / "Test"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY

        parameter monthly_fee    "月费" / "Monthly fee"        : money
        parameter contract_value "合同总价" / "Contract value" : money
        parameter completion     "竣工日期" / "Completion"     : date

        cause peeling "起皮" / "peeling"
        cause force_majeure "不可抗力" / "force majeure"

        severity critical "重大" / "Critical" : "宕机" / "down"
        severity major    "严重" / "Major"    : "多数" / "most users"
        severity minor    "一般" / "Minor"    : "少数" / "few users"

        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-17:00
        }

        calendar lunch "午休" / "Lunch break" {
          days Mon-Fri
          hours 09:00-12:00, 13:00-18:00
        }

        """;

    /// <summary>The rule's diagnostics for the declarations plus <paramref name="body"/>.</summary>
    public static List<Diagnostic> Run(CheckRule rule, string body, string? declarations = null)
    {
        var text = (declarations ?? Declarations) + body;
        var compilation = Compilation.FromText(text, Path);
        var own = ContractAnalysis.RunRules(compilation.GetSemanticModel(Path), [rule]);
        Assert.DoesNotContain(own, d => d.Code == "PLG9000");
        return own;
    }

    /// <summary>The text under the diagnostic's span.</summary>
    public static string SpanText(string body, Diagnostic diagnostic, string? declarations = null) =>
        ((declarations ?? Declarations) + body).Substring(diagnostic.Span.Start, diagnostic.Span.Length);

    /// <summary>The text after applying the diagnostic's fix.</summary>
    public static string Apply(string body, Diagnostic diagnostic, string? declarations = null)
    {
        Assert.NotNull(diagnostic.Fix);
        var text = (declarations ?? Declarations) + body;
        foreach (var edit in diagnostic.Fix!.Edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text[(declarations ?? Declarations).Length..];
    }

    public static string Clause(string items) => "clause c \"条款\" / \"Clause\" {\n" + items + "\n}\n";
}
