using System.Diagnostics;
using Pledge.Benchmarks.Generation;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;

namespace Pledge.Benchmarks;

/// <summary>
/// `--smoke`: every benchmarked operation once per size, without BenchmarkDotNet, in seconds. It keeps the
/// benchmark code from rotting (run it after changing the parser, binder or formatter) and checks that the
/// generated contracts are still clean: a generator that drifts from the language would benchmark error
/// recovery instead of a normal compile. Timings here are cold (first call, JIT included), not the goals.
/// </summary>
public static class SmokeRun
{
    public static readonly int[] Sizes = [2000, 20000];

    public static int Run(TextWriter output)
    {
        var failures = 0;
        foreach (var lines in Sizes)
        {
            var text = Time(output, $"generate         {lines,6} lines", () => new ContractGenerator().Generate(lines));
            var tree = Time(output, $"parse            {lines,6} lines", () => SyntaxTree.Parse(text, PipelineBenchmarks.Path));
            failures += Report(output, "syntax", tree.Diagnostics.Select(d => (d.Level, $"{d.Code}: {d.Message}")));

            var diagnostics = Time(output, $"parse+bind       {lines,6} lines", () => Compilation.FromText(text, PipelineBenchmarks.Path).GetDiagnostics());
            failures += Report(output, "binding", diagnostics.Select(d => (d.Diagnostic.Level, d.ToString())));

            var checks = Time(output, $"parse+bind+check {lines,6} lines", () => ContractAnalysis.Run(Compilation.FromText(text, PipelineBenchmarks.Path)));
            failures += Report(output, "checks", checks.Select(d => (d.Diagnostic.Level, d.ToString())));

            var formatted = Time(output, $"format           {lines,6} lines", () => SlaFormatter.Format(tree));
            // A formatted file that no longer parses cleanly means the benchmark formats something unrealistic.
            failures += Report(output, "formatted", SyntaxTree.Parse(formatted, PipelineBenchmarks.Path).Diagnostics.Select(d => (d.Level, d.Message)));
        }
        output.WriteLine(failures == 0 ? "smoke run passed" : $"smoke run FAILED: {failures} problem(s)");
        return failures == 0 ? 0 : 1;
    }

    private static T Time<T>(TextWriter output, string label, Func<T> operation)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = operation();
        output.WriteLine($"{label}: {stopwatch.Elapsed.TotalMilliseconds,10:F1} ms");
        return result;
    }

    /// <summary>Errors and warnings fail the run; infos (unused declarations) are expected in a generated file.</summary>
    private static int Report(TextWriter output, string stage, IEnumerable<(DiagnosticLevel Level, string Text)> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Level is DiagnosticLevel.Error or DiagnosticLevel.Warning).ToList();
        foreach (var (_, text) in problems.Take(5)) output.WriteLine($"  {stage}: {text}");
        return problems.Count;
    }
}
