using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// The C# program of docs/evaluation.md ("Embedding the compiled evaluator") compiles against the evaluator that
/// `pledge build` makes of the IDC example, and runs: 3,000 customers, one with the October log, each owed what the
/// interpreter says.
/// </summary>
public class EmbeddingDocumentationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static string ProgramOfTheDocs()
    {
        var docs = File.ReadAllText(Path.Combine(EngineKit.RepositoryRoot(), "docs", "evaluation.md"));
        var section = docs[docs.IndexOf("## Embedding the compiled evaluator", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_documented_program_compiles_against_the_built_evaluator_and_bills_every_customer()
    {
        var contract = Path.Combine(EngineKit.RepositoryRoot(), "examples", "idc", "idc-guarantee.sla");
        var model = EngineKit.ModelOfFile(contract);
        var emitted = EvaluatorEmitter.Emit(model);
        var evaluatorImage = EngineKit.Cache.GetImage(emitted);

        // What the program's project references: the framework, Pledge.Runtime, NodaTime and the built evaluator.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(framework, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "netstandard.dll" or "mscorlib.dll")
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(IContractEvaluator).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location))
            .Append(MetadataReference.CreateFromImage(evaluatorImage));
        var compilation = CSharpCompilation.Create("Billing",
            [CSharpSyntaxTree.ParseText(ProgramOfTheDocs(), new CSharpParseOptions(LanguageVersion.Latest))],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var customers = new System.Text.StringBuilder("customer,monthly_fee\n");
        for (var i = 0; i < 3000; i++) customers.Append(CultureInfo.InvariantCulture, $"c{i},{1000 + i}.50\n");
        var customersFile = _directory.Write("customers.csv", customers.ToString());
        var october = Path.Combine(EngineKit.RepositoryRoot(), "examples", "idc", "october-2026.csv");
        _directory.Write("incidents/c7.csv", File.ReadAllText(october));
        var outputFile = Path.Combine(_directory.Path, "owed.csv");

        var context = new ProgramContext(evaluatorImage, EvaluatorCache.AssemblyNameOf(emitted));
        var program = context.LoadFromStream(new MemoryStream(image.ToArray()));
        program.EntryPoint!.Invoke(null, [new[] { customersFile, Path.Combine(_directory.Path, "incidents"), "2026-10", outputFile }]);
        context.Unload();

        var lines = File.ReadAllLines(outputFile);
        Assert.Equal(3001, lines.Length);
        var interpreter = new ContractInterpreter(model);
        var expected = interpreter.Evaluate(new EvaluationInput(ReportingPeriod.Parse("2026-10"), IncidentLogReader.Read(october, interpreter.Vocabulary))
            .WithParameter("monthly_fee", new MoneyParameter(new Money(1007.50m, "CNY"))));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"c7,{expected.Total.Amount},CNY,{expected.Clauses.Count(c => c.Breached)}"), lines[8]);
        Assert.True(expected.Total.Amount > 0);
        Assert.Equal("c8,0.00,CNY,0", lines[9]);
    }

    /// <summary>Runs the program the way its own process would: the evaluator from its file, the runtime shared.</summary>
    private sealed class ProgramContext(byte[] evaluator, string evaluatorName) : AssemblyLoadContext("billing", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == evaluatorName ? LoadFromStream(new MemoryStream(evaluator)) : null;
    }

    public void Dispose() => _directory.Dispose();
}
