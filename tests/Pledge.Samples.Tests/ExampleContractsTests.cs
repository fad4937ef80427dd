using System.Text;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// The bundled examples are real contracts, some inconsistent on purpose because their sources are
/// (the IDC letter's "under 44 minutes" against 99.9%, the software matrix that resolves severe faults
/// slower than general ones). Their findings are a baseline: tests/Samples/examples.check lists exactly
/// what `pledge check examples/` must report, so a rule that stops catching them, or starts crying wolf
/// on a real contract, shows in review.
/// </summary>
public class ExampleContractsTests
{
    [Fact]
    public void FindingsMatchTheBaseline()
    {
        var examples = Path.Combine(SampleFolder.Root, "examples");
        var files = Directory.EnumerateFiles(examples, "*.sla", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var builder = new StringBuilder();
        foreach (var d in ContractAnalysis.Run(Compilation.Create(files)))
        {
            var relative = Path.GetRelativePath(SampleFolder.Root, d.Path).Replace('\\', '/');
            builder.Append($"{relative}:{d.Position}: {d.Diagnostic.Level.ToString().ToLowerInvariant()} {d.Diagnostic.Code}: {d.Diagnostic.Message}\n");
        }
        Baseline.Check(Path.Combine(SampleFolder.Root, "tests", "Samples", "examples.check"), builder.ToString());
    }
}
