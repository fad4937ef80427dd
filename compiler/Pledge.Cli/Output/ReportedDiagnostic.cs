using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Cli.Output;

/// <summary>
/// A diagnostic resolved to what every output format prints: the shown path and 1-based positions.
/// Columns count UTF-16 code units (as the language server does) and the end column is exclusive, so
/// a one-character span at column 5 ends at column 6 and an empty span has start = end.
/// </summary>
public sealed record ReportedDiagnostic(
    string File,
    SourceText Source,
    Diagnostic Diagnostic,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    public static ReportedDiagnostic From(FileDiagnostic fileDiagnostic, string workingDirectory)
    {
        var (source, diagnostic) = (fileDiagnostic.Source, fileDiagnostic.Diagnostic);
        var start = source.Lines.GetPosition(diagnostic.Span.Start);
        var end = source.Lines.GetPosition(diagnostic.Span.End);
        return new ReportedDiagnostic(
            PathDisplay.Show(source.Path, workingDirectory), source, diagnostic,
            start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }

    public string Severity => SeverityName(Diagnostic.Level);

    public static string SeverityName(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "info",
    };

    /// <summary>1-based position of an offset of this diagnostic's file (for the edits of a fix).</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var p = Source.Lines.GetPosition(offset);
        return (p.Line + 1, p.Character + 1);
    }
}
