using Pledge.Compiler.Checks;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

public class SuppressionTests
{
    private const string Header = "contract c \"c\" / \"c\"\nlanguages zh-CN, en\ntimezone \"Asia/Shanghai\"\ncurrency CNY\nparameter fee \"月费\" / \"Fee\" : money\n";

    private static IReadOnlyList<FileDiagnostic> Analyze(string body)
    {
        var directory = Directory.CreateTempSubdirectory("pledge-suppress-");
        var path = Path.Combine(directory.FullName, "main.sla");
        File.WriteAllText(path, Header + body);
        return ContractAnalysis.Run(Compilation.Create([path]));
    }

    private const string Breaking = "clause c \"联通\" / \"Connectivity\" {\n  availability 99.9% per month\n{0}  max downtime 44 min per month\n  remedy waive fee when breached\n}\n";

    [Fact]
    public void WithoutSuppressionTheRuleReports() =>
        Assert.Contains(Analyze(Breaking.Replace("{0}", "")), d => d.Diagnostic.Code == "PLG3001");

    [Fact]
    public void ASuppressionWithAReasonSilencesTheNextLine()
    {
        var diagnostics = Analyze(Breaking.Replace("{0}", "  // pledge-ignore PLG3001 the customer accepted 44 minutes in writing\n"));
        Assert.DoesNotContain(diagnostics, d => d.Diagnostic.Code is "PLG3001" or "PLG9004" or "PLG9005");
    }

    [Fact]
    public void ASuppressionMayNameTheRuleByName()
    {
        var diagnostics = Analyze(Breaking.Replace("{0}", "  // pledge-ignore max-downtime-exceeds-availability agreed\n"));
        Assert.DoesNotContain(diagnostics, d => d.Diagnostic.Code == "PLG3001");
    }

    [Fact]
    public void ASuppressionWithoutAReasonStillSilencesButWarns()
    {
        var diagnostics = Analyze(Breaking.Replace("{0}", "  // pledge-ignore PLG3001\n"));
        Assert.DoesNotContain(diagnostics, d => d.Diagnostic.Code == "PLG3001");
        Assert.Contains(diagnostics, d => d.Diagnostic.Code == "PLG9004");
    }

    [Fact]
    public void ASuppressionThatSuppressesNothingWarnsWithASafeFixRemovingItsLine()
    {
        var diagnostics = Analyze("// pledge-ignore PLG3001 nothing to see\ncause x \"x\" / \"x\"\n");
        var unused = Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG9005").Diagnostic;
        Assert.True(unused.Fix!.IsSafe);
        var edit = Assert.Single(unused.Fix.Edits);
        Assert.EndsWith("\n", (Header + "// pledge-ignore PLG3001 nothing to see\n").Substring(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void UnknownCodesAndMissingCodesAreReported()
    {
        Assert.Contains(Analyze("// pledge-ignore PLG0000 reason\ncause x \"x\" / \"x\"\n"), d => d.Diagnostic.Code == "PLG9006");
        var none = Analyze("// pledge-ignore\ncause x \"x\" / \"x\"\n");
        Assert.Contains(none, d => d.Diagnostic.Code == "PLG9006" && d.Diagnostic.Message.Contains("names no code"));
    }

    [Fact]
    public void SyntaxErrorsCannotBeSuppressed()
    {
        var diagnostics = Analyze("// pledge-ignore PLG1001 trying\ncause x \"x\" : money\n");
        Assert.Contains(diagnostics, d => d.Diagnostic.Code == "PLG1001");
    }
}
