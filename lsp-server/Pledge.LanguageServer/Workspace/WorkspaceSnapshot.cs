using System.Collections.Immutable;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// The open documents at one moment. Immutable: a request works on the snapshot taken when it arrived,
/// whatever the client changes meanwhile. <see cref="DiskGeneration"/> counts the times files on disk were
/// reported changed, so that compilations that read them are rebuilt.
/// </summary>
public sealed record WorkspaceSnapshot(
    ImmutableDictionary<string, OpenDocument> DocumentsByPath,
    long Version,
    int DiskGeneration,
    ImmutableArray<string> RootFolders)
{
    public static WorkspaceSnapshot Empty { get; } = new(
        ImmutableDictionary<string, OpenDocument>.Empty.WithComparers(StringComparer.Ordinal), 0, 0, []);

    public OpenDocument? FindByUri(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        return DocumentsByPath.TryGetValue(path, out var document) ? document : null;
    }

    /// <summary>The URI to report a path under: the client's own for an open document.</summary>
    public string UriOf(string path) =>
        DocumentsByPath.TryGetValue(path, out var document) ? document.Uri : DocumentUris.FromPath(path);

    /// <summary>The version a path is read at: its open version, or -1 when it is read from disk.</summary>
    public int VersionOf(string path) => DocumentsByPath.TryGetValue(path, out var document) ? document.Version : -1;

    /// <summary>The texts the compiler reads instead of the disk.</summary>
    public IReadOnlyDictionary<string, string> Texts => DocumentsByPath.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal);
}
