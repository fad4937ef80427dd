using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// Baseline tests in the style of Bicep's: each folder under tests/Samples holds `.sla` sources and,
/// for each, the expected diagnostics (inline), formatted text and symbols. scripts/refresh-baselines.sh
/// rewrites them after an intended change.
/// </summary>
public class SampleBaselineTests
{
    [Theory]
    [MemberData(nameof(SampleFolder.All), MemberType = typeof(SampleFolder))]
    public void Diagnostics(string name)
    {
        var (folder, compilation) = Compile(name);
        var diagnostics = ContractAnalysis.Run(compilation);
        foreach (var path in folder.SourceFiles)
        {
            var tree = compilation.GetSyntaxTree(path)!;
            var own = diagnostics.Where(d => d.Source.Path == tree.Path).Select(d => d.Diagnostic);
            Baseline.Check(Path.ChangeExtension(path, ".diagnostics"), InlineDiagnostics.Write(tree.Source, own));
        }
    }

    [Theory]
    [MemberData(nameof(SampleFolder.All), MemberType = typeof(SampleFolder))]
    public void Formatted(string name)
    {
        var folder = SampleFolder.Named(name);
        foreach (var path in folder.SourceFiles)
        {
            var tree = SyntaxTree.Parse(File.ReadAllText(path), path);
            // A file with syntax errors is never rewritten by `pledge format`, so it has no baseline.
            var formatted = tree.Diagnostics.Any(d => d.IsError) ? null : SlaFormatter.Format(tree);
            Baseline.Check(Path.ChangeExtension(path, ".formatted"), formatted);
            if (formatted is null) continue;
            var again = SyntaxTree.Parse(formatted, path);
            Assert.Empty(again.Diagnostics);
            Assert.Equal(formatted, SlaFormatter.Format(again));
        }
    }

    [Theory]
    [MemberData(nameof(SampleFolder.All), MemberType = typeof(SampleFolder))]
    public void Symbols(string name)
    {
        var (folder, compilation) = Compile(name);
        foreach (var path in folder.SourceFiles)
            Baseline.Check(Path.ChangeExtension(path, ".symbols"), SymbolListing.Write(compilation.GetSemanticModel(path)));
    }

    [Theory]
    [MemberData(nameof(SampleFolder.All), MemberType = typeof(SampleFolder))]
    public void PrintsBackExactly(string name)
    {
        foreach (var path in SampleFolder.Named(name).SourceFiles)
        {
            var text = File.ReadAllText(path);
            Assert.Equal(text, SyntaxTree.Parse(text, path).Root.ToFullString());
        }
    }

    private static (SampleFolder Folder, Compilation Compilation) Compile(string name)
    {
        var folder = SampleFolder.Named(name);
        return (folder, Compilation.Create(folder.SourceFiles));
    }
}
