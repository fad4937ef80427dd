using System.Diagnostics;
using System.Globalization;
using Pledge.Benchmarks.HandWritten;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks;

/// <summary>
/// `--check-hand-written`: the three engines of the evaluation benchmark (hand-written, compiled, interpreted)
/// must write the same JSON report for every customer of the check inputs, for a month and for a quarter;
/// otherwise the benchmark compares programs that do different work. Then a rough Stopwatch timing of the
/// hand-written and compiled evaluators on the month's inputs (best of several runs; BenchmarkDotNet gives the
/// real figures).
/// </summary>
public static class HandWrittenCheck
{
    /// <summary>The periods checked: the month the inputs are made around, and the quarter on the same logs.</summary>
    public static readonly string[] Periods = ["2026-10", "2026-Q4"];

    public static int Run(TextWriter output)
    {
        var model = EvaluationBenchmarks.Model();
        var handWritten = new HandWrittenBenchEvaluator();
        var compiled = CompiledEvaluator.Load(model, new EvaluatorCache(null));
        var interpreted = new ContractInterpreter(model);
        foreach (var label in Periods)
        {
            var inputs = EvaluationBenchmarks.Inputs(ReportingPeriod.Parse(label));
            if (FirstDifference(inputs, handWritten, compiled, interpreted) is { } difference)
            {
                output.WriteLine($"{label}: {difference}");
                return 1;
            }
            output.WriteLine($"{label}: {inputs.Length} customers, hand-written, compiled and interpreted reports identical");
        }
        TimeBoth(output, handWritten, compiled);
        return 0;
    }

    /// <summary>The first customer whose reports differ, with the first differing line of each engine; null when all agree.</summary>
    public static string? FirstDifference(IReadOnlyList<EvaluationInput> inputs,
        IContractEvaluator handWritten, IContractEvaluator compiled, IContractEvaluator interpreted)
    {
        for (var customer = 0; customer < inputs.Count; customer++)
        {
            var reference = Json(compiled, inputs[customer]);
            foreach (var (name, engine) in new[] { ("hand-written", handWritten), ("interpreted", interpreted) })
            {
                var other = Json(engine, inputs[customer]);
                if (other != reference) return $"customer {customer}: {name} differs from compiled\n{FirstDifferentLine(reference, other, name)}";
            }
        }
        return null;
    }

    private static string Json(IContractEvaluator engine, EvaluationInput input) => ReportJsonWriter.ToText(engine.Evaluate(input));

    private static string FirstDifferentLine(string compiled, string other, string otherName)
    {
        var a = compiled.Split('\n');
        var b = other.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
        string At(string[] lines) => line < lines.Length ? lines[line] : "(end of report)";
        return $"line {line + 1}:\n  compiled:     {At(a)}\n  {otherName + ":",-13} {At(b)}";
    }

    private static void TimeBoth(TextWriter output, IContractEvaluator handWritten, IContractEvaluator compiled)
    {
        var inputs = EvaluationBenchmarks.Inputs(ReportingPeriod.Parse(Periods[0]));
        // Alternated, so that both see the same state of a shared machine; the best run is the least disturbed.
        double handWrittenTime = double.MaxValue, compiledTime = double.MaxValue;
        for (var run = 0; run < TimedRuns; run++)
        {
            handWrittenTime = Math.Min(handWrittenTime, Milliseconds(handWritten, inputs));
            compiledTime = Math.Min(compiledTime, Milliseconds(compiled, inputs));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rough timing, {inputs.Length} customers × {EvaluationBenchmarks.IncidentsPerCustomer} incidents, best of {TimedRuns}: " +
            $"hand-written {handWrittenTime:F1} ms, compiled {compiledTime:F1} ms (compiled / hand-written = {compiledTime / handWrittenTime:F2})"));
    }

    private const int TimedRuns = 9;

    /// <summary>One run over every input, in ms; the totals are read, as the benchmark reads them.</summary>
    private static double Milliseconds(IContractEvaluator engine, EvaluationInput[] inputs)
    {
        var stopwatch = Stopwatch.StartNew();
        var total = 0m;
        foreach (var input in inputs) total += engine.Evaluate(input).Total.Amount;
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(total);
        return elapsed;
    }
}
