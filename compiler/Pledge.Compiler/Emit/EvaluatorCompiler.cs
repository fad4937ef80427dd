using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pledge.Compiler.Emit;

/// <summary>
/// Compiles an emitted evaluator with Roslyn into an assembly image: release, deterministic, no unsafe code, against
/// <see cref="EvaluatorReferences"/> only, and refused when the code breaks <see cref="EmittedCodePolicy"/>.
/// </summary>
public static class EvaluatorCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: false,
        deterministic: true,
        concurrentBuild: false);

    /// <summary>The compilation of an evaluator's source (for the policy check and for tests).</summary>
    public static CSharpCompilation CreateCompilation(EmittedEvaluator emitted, string assemblyName)
    {
        var tree = CSharpSyntaxTree.ParseText(emitted.Source, ParseOptions, path: emitted.ClassName + ".cs", encoding: System.Text.Encoding.UTF8);
        return CSharpCompilation.Create(assemblyName, [tree], EvaluatorReferences.Get(), Options);
    }

    /// <exception cref="EmitException">the code does not compile (a bug in the emitter) or breaks the policy.</exception>
    public static byte[] Compile(EmittedEvaluator emitted, string assemblyName)
    {
        var compilation = CreateCompilation(emitted, assemblyName);
        var violations = EmittedCodePolicy.Check(compilation);
        if (!violations.IsEmpty)
            throw new EmitException($"the evaluator of `{emitted.ContractName}` breaks the emitted-code policy: {string.Join("; ", violations)}");
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).Select(d => d.ToString());
            throw new EmitException($"the evaluator of `{emitted.ContractName}` does not compile: {string.Join("; ", errors)}");
        }
        return image.ToArray();
    }
}
