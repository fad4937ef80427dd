using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>A save changes the disk, which other (closed) files are read from, and may have been pledge.json's neighbour.</summary>
public sealed class DidSaveHandler : NotificationHandler<DidSaveTextDocumentParams>
{
    public override string Method => "textDocument/didSave";
    protected override JsonTypeInfo<DidSaveTextDocumentParams> ParamsType => LspJsonContext.Default.DidSaveTextDocumentParams;

    protected override void Handle(DidSaveTextDocumentParams parameters, ServerServices services)
    {
        services.Cache.DiskChanged();
        services.Store.DiskChanged();
        services.Publisher.Schedule();
    }
}
