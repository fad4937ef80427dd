using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>The document is read from disk again by whoever imports it; its own diagnostics are cleared.</summary>
public sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
{
    public override string Method => "textDocument/didClose";
    protected override JsonTypeInfo<DidCloseTextDocumentParams> ParamsType => LspJsonContext.Default.DidCloseTextDocumentParams;

    protected override void Handle(DidCloseTextDocumentParams parameters, ServerServices services)
    {
        var uri = parameters.TextDocument.Uri;
        var path = DocumentUris.ToPath(uri);
        services.Store.Close(uri);
        services.Cache.Forget(path);
        services.Fatal.Forget(path);
        services.Publisher.Cleared(uri, path);
        services.Publisher.Schedule();
    }
}
