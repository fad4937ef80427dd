using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>New settings (`pledge.diagnosticsDocsUrl`, `pledge.diagnosticsDelay`); diagnostics are published again with them.</summary>
public sealed class DidChangeConfigurationHandler : NotificationHandler<DidChangeConfigurationParams>
{
    public override string Method => "workspace/didChangeConfiguration";
    protected override JsonTypeInfo<DidChangeConfigurationParams> ParamsType => LspJsonContext.Default.DidChangeConfigurationParams;

    protected override void Handle(DidChangeConfigurationParams parameters, ServerServices services)
    {
        services.Settings = services.Settings.With(parameters.Settings);
        services.Cache.DiskChanged();
        services.Store.DiskChanged();
        services.Publisher.Schedule();
    }
}
