using Pledge.Dsl.Text;

namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// One problem found in one file. The message says what is wrong (lowercase, user input in backticks);
/// the hint says what would fix it; a fix, where one exists, is the edit that does.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticLevel Level,
    TextSpan Span,
    string Message,
    string? Hint = null,
    CodeFix? Fix = null)
{
    public string Code => Descriptor.Code;

    public bool IsError => Level == DiagnosticLevel.Error;

    public Diagnostic WithLevel(DiagnosticLevel level) => this with { Level = level };
}
