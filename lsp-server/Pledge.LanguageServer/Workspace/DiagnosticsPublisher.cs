using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// Publishes each open document's diagnostics after the client has been quiet for the configured delay
/// (typing fast costs one analysis, not one per keystroke). Only documents whose analysis changed are
/// published again; a change to an imported file re-analyses the documents that import it because their
/// cached compilations are then stale. A closed document's diagnostics are cleared.
/// </summary>
public sealed class DiagnosticsPublisher : IDisposable
{
    private readonly DocumentStore _store;
    private readonly CompilationCache _cache;
    private readonly FatalDiagnostics _fatal;
    private readonly Func<ServerSettings> _settings;
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly Action<string> _log;
    private readonly Timer _timer;
    private readonly object _runGate = new();
    private readonly Dictionary<string, (DocumentAnalysis? Analysis, LspDiagnostic? Fatal)> _published = new(StringComparer.Ordinal);

    public DiagnosticsPublisher(DocumentStore store, CompilationCache cache, FatalDiagnostics fatal, Func<ServerSettings> settings,
        Action<PublishDiagnosticsParams> publish, Action<string> log)
    {
        _store = store;
        _cache = cache;
        _fatal = fatal;
        _settings = settings;
        _publish = publish;
        _log = log;
        _timer = new Timer(_ => Run(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>(Re)starts the quiet period.</summary>
    public void Schedule()
    {
        var delay = _settings().DiagnosticsDelayMs;
        _timer.Change(delay, Timeout.Infinite);
    }

    public void Cleared(string uri, string path)
    {
        lock (_runGate)
        {
            _published.Remove(path);
            _publish(new PublishDiagnosticsParams(uri, []));
        }
    }

    /// <summary>Analyses and publishes every open document whose diagnostics changed (the timer calls this).</summary>
    public void Run()
    {
        lock (_runGate)
        {
            var snapshot = _store.Current;
            foreach (var document in snapshot.DocumentsByPath.Values.OrderBy(d => d.Path, StringComparer.Ordinal))
            {
                try
                {
                    PublishOne(snapshot, document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _log($"diagnostics failed on {document.Uri}: {e}");
                    _fatal.Report(document, "its diagnostics", e);
                    _published[document.Path] = (null, _fatal.For(document));
                    _publish(new PublishDiagnosticsParams(document.Uri, [.. OptionalList(_fatal.For(document))], document.Version));
                }
            }
        }
    }

    private void PublishOne(WorkspaceSnapshot snapshot, OpenDocument document)
    {
        var analysis = _cache.Get(snapshot, document.Path);
        var fatal = _fatal.For(document);
        if (analysis is null) return;
        if (_published.TryGetValue(document.Path, out var last) && ReferenceEquals(last.Analysis, analysis) && ReferenceEquals(last.Fatal, fatal)) return;

        var settings = _settings();
        var diagnostics = analysis.OwnDiagnostics
            .Select(d => DiagnosticConverter.Convert(d, settings.DiagnosticsDocsUrl, snapshot.UriOf))
            .Concat(OptionalList(fatal))
            .ToList();
        _published[document.Path] = (analysis, fatal);
        _publish(new PublishDiagnosticsParams(document.Uri, diagnostics, document.Version));
    }

    private static IEnumerable<LspDiagnostic> OptionalList(LspDiagnostic? d) => d is null ? [] : [d];

    public void Dispose() => _timer.Dispose();
}
