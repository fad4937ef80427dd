using Pledge.Compiler.Checks;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

public class RuleConfigurationTests
{
    private const string Contract = "contract c \"c\" / \"c\"\nlanguages zh-CN, en\ntimezone \"Asia/Shanghai\"\ncurrency CNY\nparameter fee \"月费\" / \"Fee\" : money\n" +
        "cause unused \"未用\" / \"unused\"\n" +
        "clause c \"联通\" / \"Connectivity\" {\n  availability 99.9% per month\n  max downtime 44 min per month\n  remedy waive fee when breached\n}\n";

    private static (string Root, IReadOnlyList<FileDiagnostic> Diagnostics) Analyze(string? configuration, string subfolder = "")
    {
        var root = Directory.CreateTempSubdirectory("pledge-config-").FullName;
        if (configuration is not null) File.WriteAllText(Path.Combine(root, "pledge.json"), configuration);
        var folder = Path.Combine(root, subfolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "main.sla");
        File.WriteAllText(path, Contract);
        return (root, ContractAnalysis.Run(Compilation.Create([path])));
    }

    [Fact]
    public void DefaultsApplyWithoutAFile()
    {
        var (_, diagnostics) = Analyze(null);
        Assert.Equal(DiagnosticLevel.Error, Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG3001").Diagnostic.Level);
        Assert.Equal(DiagnosticLevel.Info, Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG2016").Diagnostic.Level);
    }

    [Fact]
    public void LevelsByCodeAndByNameFromTheNearestFileUpwards()
    {
        var (_, diagnostics) = Analyze("""{ "rules": { "PLG3001": "warning", "unused-declaration": "off" } }""", Path.Combine("contracts", "2026"));
        Assert.Equal(DiagnosticLevel.Warning, Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG3001").Diagnostic.Level);
        Assert.DoesNotContain(diagnostics, d => d.Diagnostic.Code == "PLG2016");
    }

    [Fact]
    public void UnknownRulesAndBadLevelsAreReportedOnThePledgeJson()
    {
        var (root, diagnostics) = Analyze("""{ "rules": { "PLG3999": "off", "PLG3001": "ignore" } }""");
        var unknown = Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG9001");
        Assert.Equal(Path.Combine(root, "pledge.json"), unknown.Path);
        var bad = Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG9002");
        Assert.Equal("\"ignore\"", bad.Source.Text.Substring(bad.Diagnostic.Span.Start, bad.Diagnostic.Span.Length));
        // A bad level leaves the rule at its default.
        Assert.Equal(DiagnosticLevel.Error, Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG3001").Diagnostic.Level);
    }

    [Fact]
    public void MalformedJsonSaysWhere()
    {
        var (_, diagnostics) = Analyze("{ \"rules\": { \"PLG3001\": \"off\" }\n}}");
        var problem = Assert.Single(diagnostics, d => d.Diagnostic.Code == "PLG9003");
        Assert.Contains("line 2", problem.Diagnostic.Message);
    }

    [Fact]
    public void ARuleThatThrowsBecomesOneInternalErrorAndTheOthersStillRun()
    {
        var compilation = Compilation.FromText(Contract, Path.Combine(Path.GetTempPath(), "crash.sla"));
        var diagnostics = ContractAnalysis.RunRules(compilation.GetSemanticModel(compilation.RootTrees[0]), [new ThrowingRule(), .. RuleCatalog.All]);
        Assert.Contains(diagnostics, d => d.Code == "PLG9000" && d.Message.Contains("boom"));
        Assert.Contains(diagnostics, d => d.Code == "PLG3001");
    }

    private sealed class ThrowingRule : CheckRule
    {
        public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.AvailabilityExceedsAllowance;

        public override void Check(CheckContext context) => throw new InvalidOperationException("boom");
    }
}
