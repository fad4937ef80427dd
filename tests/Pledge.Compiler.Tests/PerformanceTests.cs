using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Pledge.Compiler.Tests;

/// <summary>Binding stays linear in the size of the contract.</summary>
public class PerformanceTests(ITestOutputHelper output)
{
    internal static string LargeContract(int targetLines)
    {
        var text = new StringBuilder(TestKit.Header);
        text.Append("parameter fee \"月费\" / \"Fee\" : money\n");
        text.Append("calendar office \"工作时间\" / \"Office\" {\n  days Mon-Fri\n  hours 09:00-18:00\n}\n");
        for (var i = 0; i < 50; i++) text.Append($"cause cause_{i} \"原因{i}\" / \"cause {i}\"\n");
        text.Append("severity critical \"重大\" / \"Critical\"\nseverity major \"严重\" / \"Major\"\nseverity minor \"一般\" / \"Minor\"\n");
        for (var i = 0; Lines(text) < targetLines; i++)
        {
            text.Append($$"""
                clause clause_{{i}} "条款{{i}}" / "Clause {{i}}" {
                  availability 99.9% per month
                  exclude causes cause_{{i % 50}}, cause_{{(i + 1) % 50}}
                  clock office
                  matrix {
                    severity | respond | resolve
                    critical | 15 min  | 4 h
                    major    | 30 min  | 8 h
                    minor    | 1 h     | 1 business day on office
                  }
                  remedy 0.25% of fee per started day late, cap 5% of fee in total
                }

                """);
        }
        return text.ToString();
    }

    private static int Lines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span)
                if (c == '\n') count++;
        return count;
    }

    /// <summary>
    /// Binding grows linearly with the contract: ten times the lines allocate about ten times the memory (a check
    /// that does not depend on the machine's load, unlike a timing; the times are BenchmarkDotNet's, in
    /// tests/Pledge.Benchmarks and docs/performance.md, whose `--scaling` run checks the time per line). A step
    /// that copies or rebuilds a growing collection per declaration would show as a ratio far above ten.
    /// </summary>
    [Fact]
    public void Binding_allocates_linearly_in_the_contract_size()
    {
        _ = Bind(LargeContract(200)); // JIT and static caches first: they are not the contract's cost.
        var small = Bind(LargeContract(2_000));
        var large = Bind(LargeContract(20_000));
        var ratio = (double)large / small;
        output.WriteLine($"binding allocated {small:N0} bytes for 2,000 lines, {large:N0} for 20,000: {ratio:0.00}×");
        Assert.InRange(ratio, 8.0, 12.5);
    }

    /// <summary>The bytes binding allocates on this thread (the parse before it not counted).</summary>
    private static long Bind(string text)
    {
        var compilation = Compilation.FromText(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var diagnostics = compilation.GetDiagnostics();
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        var references = model.GetReferences(model.Calendars.Single());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.DoesNotContain(diagnostics, d => d.Diagnostic.IsError);
        Assert.True(references.Length > Lines(new StringBuilder(text)) / 20);
        return allocated;
    }
}
