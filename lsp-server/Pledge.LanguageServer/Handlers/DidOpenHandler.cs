using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

public sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
{
    public override string Method => "textDocument/didOpen";
    protected override JsonTypeInfo<DidOpenTextDocumentParams> ParamsType => LspJsonContext.Default.DidOpenTextDocumentParams;

    protected override void Handle(DidOpenTextDocumentParams parameters, ServerServices services)
    {
        var document = parameters.TextDocument;
        services.Store.Open(document.Uri, document.Version, document.Text);
        services.Publisher.Schedule();
    }
}
