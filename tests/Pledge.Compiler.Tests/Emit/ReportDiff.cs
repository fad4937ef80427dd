using System.Text;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>Where two JSON reports part: the first differing lines with a little context, `-` interpreted, `+` compiled.</summary>
internal static class ReportDiff
{
    public static string Of(string interpreted, string compiled, int context = 3, int maxLines = 40)
    {
        var a = interpreted.Split('\n');
        var b = compiled.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first]) first++;
        var lastA = a.Length - 1;
        var lastB = b.Length - 1;
        while (lastA > first && lastB > first && a[lastA] == b[lastB]) { lastA--; lastB--; }
        var diff = new StringBuilder();
        for (var i = Math.Max(0, first - context); i < first; i++) diff.Append("  ").AppendLine(a[i]);
        foreach (var line in a.Skip(first).Take(Math.Min(lastA - first + 1, maxLines))) diff.Append("- ").AppendLine(line);
        foreach (var line in b.Skip(first).Take(Math.Min(lastB - first + 1, maxLines))) diff.Append("+ ").AppendLine(line);
        return $"first difference at line {first + 1}:\n{diff}";
    }
}
