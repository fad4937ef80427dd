using BenchmarkDotNet.Attributes;
using Pledge.Benchmarks.Generation;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;

namespace Pledge.Benchmarks;

/// <summary>
/// The compiler front end on generated contracts of two sizes a decade apart: the ratio of the two sizes' times
/// shows whether a stage grows linearly. A short job (1 launch, 3 warm-ups, 10 iterations) keeps a full run
/// within minutes on a 2-core machine; the goals are about warm times, which is what the iterations measure.
/// Min and Median are shown beside Mean because the machine is shared: other work only ever adds time, so the
/// minimum is the figure least disturbed by it.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PipelineBenchmarks
{
    /// <summary>A virtual path: the contract imports nothing, so binding never touches the disk.</summary>
    public const string Path = "/virtual/benchmark.sla";

    private string _text = "";
    private SyntaxTree? _tree;

    [Params(2000, 20000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = new ContractGenerator().Generate(Lines);
        // Format gets a ready tree: its row should show the formatter's cost, not the parser's again.
        _tree = SyntaxTree.Parse(_text, Path);
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_text, Path);

    /// <summary>Parse, bind, and collect the syntax and name diagnostics.</summary>
    [Benchmark]
    public int ParseAndBind() => Compilation.FromText(_text, Path).GetDiagnostics().Length;

    /// <summary>What `pledge check` does per file: parse, bind, run every check rule (the goals are about this).</summary>
    [Benchmark]
    public int ParseBindAndCheck() => ContractAnalysis.Run(Compilation.FromText(_text, Path)).Length;

    [Benchmark]
    public string Format() => SlaFormatter.Format(_tree!);
}
