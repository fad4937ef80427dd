namespace Pledge.Cli.Output;

/// <summary>
/// Writes all diagnostics of one run in one output format. Writers get everything at once (not one diagnostic at
/// a time) because JSON and SARIF are single documents and the text format ends with a summary.
/// </summary>
public interface IDiagnosticWriter
{
    /// <param name="diagnostics">In the compilation's deterministic order.</param>
    /// <param name="fileCount">How many files were read, for the summary.</param>
    void Write(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount);
}
