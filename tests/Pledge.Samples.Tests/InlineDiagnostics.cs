using System.Text;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Samples.Tests;

/// <summary>
/// Writes a file's diagnostics inline, each under the line where it starts:
/// <code>
///   availability 99.9% per mnth
/// //@[3:26-3:30) PLG1001 error: unexpected `mnth`; expected a period (…)
/// </code>
/// so that a reviewer sees each message next to the text it is about.
/// </summary>
internal static class InlineDiagnostics
{
    public static string Write(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics
            .GroupBy(d => source.Lines.GetPosition(d.Span.Start).Line)
            .ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var line = 0; line < source.Lines.LineCount; line++)
        {
            var text = source.GetLineText(line);
            var last = line == source.Lines.LineCount - 1;
            if (!last || text.Length > 0 || byLine.ContainsKey(line)) builder.Append(text).Append('\n');
            if (!byLine.TryGetValue(line, out var here)) continue;
            foreach (var d in here)
            {
                var start = source.Lines.GetPosition(d.Span.Start);
                var end = source.Lines.GetPosition(d.Span.End);
                builder.Append($"//@[{start}-{end}) {d.Code} {d.Level.ToString().ToLowerInvariant()}: {d.Message}");
                if (d.Hint is not null) builder.Append($" (help: {d.Hint})");
                if (d.Fix is not null) builder.Append($" (fix: {d.Fix.Title})");
                builder.Append('\n');
            }
        }
        return builder.ToString();
    }
}
