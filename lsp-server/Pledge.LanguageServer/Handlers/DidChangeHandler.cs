using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Full sync: the change carries the whole text (a ranged change is applied too, should a client send one).</summary>
public sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
{
    public override string Method => "textDocument/didChange";
    protected override JsonTypeInfo<DidChangeTextDocumentParams> ParamsType => LspJsonContext.Default.DidChangeTextDocumentParams;

    protected override void Handle(DidChangeTextDocumentParams parameters, ServerServices services)
    {
        services.Store.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges);
        services.Publisher.Schedule();
    }
}
