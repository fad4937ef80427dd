using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Server;

/// <summary>What handlers share: the documents, the compilation cache, the diagnostics and the settings.</summary>
public sealed class ServerServices : IDisposable
{
    private ServerSettings _settings;

    public ServerServices(ServerSettings settings, Action<Protocol.Types.PublishDiagnosticsParams> publish, Action<string> log)
    {
        _settings = settings;
        Log = log;
        Publisher = new DiagnosticsPublisher(Store, Cache, Fatal, () => Settings, publish, log);
    }

    public DocumentStore Store { get; } = new();
    public CompilationCache Cache { get; } = new();
    public FatalDiagnostics Fatal { get; } = new();
    public DiagnosticsPublisher Publisher { get; }
    public Action<string> Log { get; }

    public ServerSettings Settings
    {
        get => Volatile.Read(ref _settings);
        set => Volatile.Write(ref _settings, value);
    }

    public void Dispose() => Publisher.Dispose();
}
