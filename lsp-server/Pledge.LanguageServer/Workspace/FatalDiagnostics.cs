using System.Collections.Concurrent;
using Pledge.Dsl.Diagnostics;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// Crashes of the server itself on a document (a handler that threw, an analysis that failed), kept as one
/// PLG9000 diagnostic per document and version, so that the author sees that something went wrong where,
/// instead of a feature silently missing. A new version of the document clears them.
/// </summary>
public sealed class FatalDiagnostics
{
    private readonly ConcurrentDictionary<string, (int Version, LspDiagnostic Diagnostic)> _byPath = new(StringComparer.Ordinal);

    public void Report(OpenDocument document, string what, Exception exception) =>
        _byPath[document.Path] = (document.Version, Make(what, exception));

    public LspDiagnostic? For(OpenDocument document) =>
        _byPath.TryGetValue(document.Path, out var entry) && entry.Version == document.Version ? entry.Diagnostic : null;

    public void Forget(string path) => _byPath.TryRemove(path, out _);

    public static LspDiagnostic Make(string what, Exception exception)
    {
        var at = new Position(0, 0);
        return new LspDiagnostic(
            Range: new LspRange(at, at),
            Severity: DiagnosticSeverity.Error,
            Code: DiagnosticCatalogue.InternalError.Code,
            Source: DiagnosticConverter.Source,
            Message: $"the language server failed on {what}: {exception.GetType().Name}: {exception.Message}\n"
                     + "help: this is a bug in Pledge; please report it with the file. Other features still work");
    }
}
