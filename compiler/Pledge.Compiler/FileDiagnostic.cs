using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler;

/// <summary>A diagnostic with the file it belongs to.</summary>
public sealed record FileDiagnostic(SourceText Source, Diagnostic Diagnostic)
{
    public string Path => Source.Path;

    public LinePosition Position => Source.Lines.GetPosition(Diagnostic.Span.Start);

    /// <summary>`path:line:col: level CODE: message`, the form compilers print.</summary>
    public override string ToString() =>
        $"{Path}:{Position}: {Diagnostic.Level.ToString().ToLowerInvariant()} {Diagnostic.Code}: {Diagnostic.Message}";
}
