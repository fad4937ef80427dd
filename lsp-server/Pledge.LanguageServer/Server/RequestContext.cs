using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Server;

/// <summary>
/// What one request works on: the workspace as it was when the request arrived, the shared services, and the
/// token that `$/cancelRequest` cancels.
/// </summary>
public sealed class RequestContext(WorkspaceSnapshot snapshot, ServerServices services, CancellationToken cancellationToken)
{
    public WorkspaceSnapshot Snapshot { get; } = snapshot;
    public ServerServices Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The analysis of an open document, or null when the client has not opened it.</summary>
    public DocumentAnalysis? GetAnalysis(string uri)
    {
        CancellationToken.ThrowIfCancellationRequested();
        return Services.Cache.Get(Snapshot, DocumentUris.ToPath(uri));
    }
}
