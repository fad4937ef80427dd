using System.Diagnostics;
using Pledge.Benchmarks.Generation;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;

namespace Pledge.Benchmarks;

/// <summary>
/// `--scaling`: a Stopwatch breakdown over more sizes than the benchmark's two, to see whether a stage grows
/// linearly and, if not, which one. Creating a compilation parses, asking it for diagnostics binds, and
/// ContractAnalysis runs the check rules: the three are timed apart. Each stage reports wall time and the
/// process's CPU time (all threads, GC included): on a shared machine wall time also counts waiting for a core,
/// CPU time counts only the work done.
/// </summary>
public static class ScalingRun
{
    private static readonly int[] Sizes = [1000, 2000, 5000, 10000, 20000, 40000];
    private const int Samples = 5;

    /// <summary>Each sample repeats the operation over about this many lines: /proc's CPU clock ticks every 10 ms.</summary>
    private const int LinesPerSample = 40000;

    public static int Run(TextWriter output)
    {
        output.WriteLine("Fastest of {0} samples; each sample repeats the operation over {1} lines of input.", Samples, LinesPerSample);
        output.WriteLine($"{"lines",6} | {"stage",-6} | {"wall ms",8} | {"CPU ms",8} | {"CPU µs/line",11}");
        foreach (var lines in Sizes)
        {
            var text = new ContractGenerator().Generate(lines);
            var tree = SyntaxTree.Parse(text, PipelineBenchmarks.Path);
            var repeats = Math.Max(1, LinesPerSample / lines);
            Row(output, lines, "parse", Measure<object?>(repeats, () => null, _ => Compilation.FromText(text, PipelineBenchmarks.Path)));
            Row(output, lines, "bind", Measure(repeats, () => Compilation.FromText(text, PipelineBenchmarks.Path), c => c.GetDiagnostics()));
            // A compilation that has bound already: this row is the rules alone.
            Row(output, lines, "check", Measure(repeats, () => Bound(text), c => ContractAnalysis.Run(c)));
            Row(output, lines, "format", Measure<object?>(repeats, () => null, _ => SlaFormatter.Format(tree)));
        }
        return 0;
    }

    private static Compilation Bound(string text)
    {
        var compilation = Compilation.FromText(text, PipelineBenchmarks.Path);
        compilation.GetDiagnostics();
        return compilation;
    }

    /// <summary>Fastest wall and CPU time per operation; <paramref name="prepare"/> runs untimed before each one.</summary>
    private static (double Wall, double Cpu) Measure<T>(int repeats, Func<T> prepare, Func<T, object> operation)
    {
        var process = Process.GetCurrentProcess();
        var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
        // One untimed sample first, so the JIT's work is not counted.
        for (var sample = -1; sample < Samples; sample++)
        {
            var inputs = Enumerable.Range(0, repeats).Select(_ => prepare()).ToList();
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            foreach (var input in inputs) GC.KeepAlive(operation(input));
            var wall = stopwatch.Elapsed.TotalMilliseconds / repeats;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / repeats;
            if (sample < 0) continue;
            best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, cpu));
        }
        return best;
    }

    private static void Row(TextWriter output, int lines, string stage, (double Wall, double Cpu) time) =>
        output.WriteLine($"{lines,6} | {stage,-6} | {time.Wall,8:F1} | {time.Cpu,8:F1} | {time.Cpu * 1000 / lines,11:F2}");
}
