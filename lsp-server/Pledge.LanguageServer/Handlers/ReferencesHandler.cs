using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Every use of a name in the workspace: the open documents and the `.sla` files under the workspace folders.</summary>
public sealed class ReferencesHandler : RequestHandler<ReferenceParams, List<Location>>
{
    public override string Method => "textDocument/references";
    protected override JsonTypeInfo<ReferenceParams> ParamsType => LspJsonContext.Default.ReferenceParams;
    protected override JsonTypeInfo<List<Location>> ResultType => LspJsonContext.Default.ListLocation;

    protected override List<Location> Handle(ReferenceParams parameters, RequestContext context)
    {
        var includeDeclaration = parameters.Context?.IncludeDeclaration ?? true;
        if (WorkspaceReferences.Find(context, parameters.TextDocument.Uri, parameters.Position) is not { } found) return [];
        return [.. found.References
            .Where(r => includeDeclaration || !r.IsDeclaration)
            .Select(r => WorkspaceReferences.LocationOf(context, r))];
    }
}
