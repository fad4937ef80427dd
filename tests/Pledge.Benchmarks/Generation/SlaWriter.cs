using System.Text;

namespace Pledge.Benchmarks.Generation;

/// <summary>
/// Appends `.sla` lines and counts them, so the generator can aim at an exact line count
/// (the benchmarks compare sizes, and a ratio of sizes is only meaningful if the sizes are exact).
/// </summary>
public sealed class SlaWriter
{
    private readonly StringBuilder _text = new();

    public int Lines { get; private set; }

    public void Line(string line = "")
    {
        // '\n' only: line endings must not depend on the machine that generates the benchmark input.
        _text.Append(line).Append('\n');
        Lines++;
    }

    public override string ToString() => _text.ToString();
}
