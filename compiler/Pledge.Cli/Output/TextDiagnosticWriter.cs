using Pledge.Dsl.Diagnostics;

namespace Pledge.Cli.Output;

/// <summary>
/// The human format, one block per diagnostic and a summary line:
/// <code>
/// contracts/idc.sla:12:3: error PLG1001: unexpected `}`; expected a clause item
///    12 |   }
///       |   ^
///   = help: check the spelling, or see docs/language.md for this construct
/// </code>
/// The first line is the compiler convention editors and terminals turn into links; the caret line is computed in
/// display columns so it stays under the span when the line holds CJK text or tabs.
/// </summary>
public sealed class TextDiagnosticWriter(bool color) : IDiagnosticWriter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Blue = "\e[1;34m";

    public void Write(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount)
    {
        foreach (var d in diagnostics)
        {
            WriteOne(output, d);
            output.WriteLine();
        }
        output.WriteLine(Summary(diagnostics, fileCount));
    }

    public void WriteOne(TextWriter output, ReportedDiagnostic d)
    {
        var tone = SeverityColor(d.Diagnostic.Level);
        output.WriteLine($"{Paint(Bold, $"{d.File}:{d.Line}:{d.Column}:")} {Paint(tone, $"{d.Severity} {d.Diagnostic.Code}:")} {d.Diagnostic.Message}");

        var (gutter, source, carets) = Snippet(d);
        var blank = new string(' ', gutter.Length);
        output.WriteLine($"{Paint(Blue, $"{gutter} |")} {source}".TrimEnd());
        output.WriteLine($"{Paint(Blue, $"{blank} |")} {Paint(tone, carets)}");
        if (!string.IsNullOrEmpty(d.Diagnostic.Hint))
            output.WriteLine($"  {Paint(Blue, "=")} {Paint(Bold, "help:")} {d.Diagnostic.Hint}");
    }

    /// <summary>
    /// The line number gutter, the source line as displayed, and the caret line: <c>^</c> under the first column of
    /// the span and <c>~</c> under the rest of it on this line (a span that runs on to later lines is underlined to
    /// the end of its first line; an empty span still gets one caret).
    /// </summary>
    public static (string Gutter, string Source, string Carets) Snippet(ReportedDiagnostic d)
    {
        var line = d.Source.GetLineText(d.Line - 1);
        var startColumn = Math.Clamp(d.Column - 1, 0, line.Length);
        var endColumn = d.EndLine == d.Line ? Math.Clamp(d.EndColumn - 1, startColumn, line.Length) : line.Length;

        var indent = TerminalWidth.Of(line[..startColumn]);
        var width = TerminalWidth.Of(line[startColumn..endColumn], indent);
        var carets = new string(' ', indent) + "^" + new string('~', Math.Max(0, width - 1));
        return ($"{d.Line,4}", TerminalWidth.Expand(line), carets);
    }

    public static string Summary(IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.Diagnostic.Level == DiagnosticLevel.Error);
        var warnings = diagnostics.Count(d => d.Diagnostic.Level == DiagnosticLevel.Warning);
        var infos = diagnostics.Count(d => d.Diagnostic.Level == DiagnosticLevel.Info);
        var parts = new List<string> { Count(errors, "error"), Count(warnings, "warning") };
        // Unused declarations are infos; naming them only when present keeps the common line short.
        if (infos > 0) parts.Add(Count(infos, "info", "infos"));
        return $"{string.Join(", ", parts)} in {Count(fileCount, "file")}";
    }

    private static string Count(int n, string singular, string? plural = null) =>
        $"{n} {(n == 1 ? singular : plural ?? singular + "s")}";

    private static string SeverityColor(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "\e[1;31m",
        DiagnosticLevel.Warning => "\e[1;33m",
        _ => "\e[1;36m",
    };

    private string Paint(string ansi, string text) => color ? ansi + text + Reset : text;
}
