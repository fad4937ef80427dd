using Pledge.Benchmarks;
using Pledge.Benchmarks.HandWritten;
using Pledge.Runtime.Time;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// The evaluation benchmark compares the compiled evaluator with a hand-written one (issue 4: compiled within 1.5×
/// of hand-written code); that only means something while both do the same work. These hold the hand-written
/// evaluator, the compiled one and the interpreter to byte-identical reports on part of the benchmark's inputs,
/// so a change to the language's semantics that the hand-written code misses fails here, not silently in the
/// figures. `--check-hand-written` runs the same comparison on every input.
/// </summary>
public class HandWrittenBenchmarkTests
{
    [Theory]
    [InlineData("2026-10", 200)]
    [InlineData("2026-Q4", 50)]
    public void Hand_written_compiled_and_interpreted_reports_are_identical(string period, int customers)
    {
        var model = EvaluationBenchmarks.Model();
        var (interpreted, compiled) = EngineKit.Engines(model);
        var inputs = EvaluationBenchmarks.Inputs(ReportingPeriod.Parse(period)).Take(customers).ToList();

        var difference = HandWrittenCheck.FirstDifference(inputs, new HandWrittenBenchEvaluator(), compiled, interpreted);

        Assert.True(difference is null, $"{period}: {difference}");
    }
}
