namespace Pledge.Cli.Output;

/// <summary>
/// MSBuild's canonical error format, which Visual Studio, Rider, VS Code problem matchers and CI log parsers
/// recognise: <c>file(line,col,endLine,endCol): error PLG1001: message [hint]</c>. One line per diagnostic and no
/// summary, so every line of the output is a diagnostic.
/// </summary>
public sealed class MsBuildDiagnosticWriter : IDiagnosticWriter
{
    public void Write(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount)
    {
        foreach (var d in diagnostics) output.WriteLine(Format(d));
    }

    public static string Format(ReportedDiagnostic d)
    {
        // A newline inside a message would break the one-line-per-diagnostic contract.
        var message = OneLine(d.Diagnostic.Message);
        var hint = string.IsNullOrEmpty(d.Diagnostic.Hint) ? "" : $" [{OneLine(d.Diagnostic.Hint)}]";
        return $"{d.File}({d.Line},{d.Column},{d.EndLine},{d.EndColumn}): {d.Severity} {d.Diagnostic.Code}: {message}{hint}";
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
