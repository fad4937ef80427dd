using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Tests.Support;

/// <summary>
/// Runs handlers directly (no transport) on documents held in memory under a temporary folder, so that
/// imports between them resolve. Params and results go through the same JSON as on the wire.
/// </summary>
public sealed class HandlerHost : IDisposable
{
    private readonly List<PublishDiagnosticsParams> _published = [];

    public HandlerHost()
    {
        Folder = Directory.CreateTempSubdirectory("pledge-lsp-").FullName;
        Services = new ServerServices(new ServerSettings("file:///docs/diagnostics.md", 0), p => { lock (_published) _published.Add(p); }, _ => { });
        Services.Store.SetRootFolders([Folder]);
    }

    public string Folder { get; }
    public ServerServices Services { get; }

    public IReadOnlyList<PublishDiagnosticsParams> Published
    {
        get { lock (_published) return [.. _published]; }
    }

    public string UriOf(string name) => new Uri(Path.Combine(Folder, name)).AbsoluteUri;

    /// <summary>Opens a document; a `$0` marker in it is removed and its position returned.</summary>
    public Position Open(string name, string marked, int version = 1)
    {
        var cursor = marked.Contains(Cursor.Marker, StringComparison.Ordinal) ? Cursor.Parse(marked) : new Cursor(marked, 0);
        Services.Store.Open(UriOf(name), version, cursor.Text);
        return cursor.Position;
    }

    /// <summary>Writes a file to the folder without opening it (an import read from disk).</summary>
    public void WriteFile(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    public TResult Request<TParams, TResult>(IRequestHandler handler, TParams parameters, JsonTypeInfo<TParams> paramsType, JsonTypeInfo<TResult> resultType)
    {
        var element = JsonSerializer.SerializeToElement(parameters, paramsType);
        var bytes = handler.Handle(element, new RequestContext(Services.Store.Current, Services, CancellationToken.None));
        return JsonSerializer.Deserialize(bytes, resultType)!;
    }

    public TextDocumentIdentifier Document(string name) => new(UriOf(name));

    public TextDocumentPositionParams At(string name, Position position) => new(Document(name), position);

    internal static LspJsonContext Json => LspJsonContext.Default;

    public void Dispose()
    {
        Services.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
