using System.Text.Json;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Files changed on disk (an import, pledge.json): every compilation that read the disk is rebuilt on demand.</summary>
public sealed class DidChangeWatchedFilesHandler : INotificationHandler
{
    public string Method => "workspace/didChangeWatchedFiles";

    public void Handle(JsonElement? parameters, ServerServices services)
    {
        services.Cache.DiskChanged();
        services.Store.DiskChanged();
        services.Publisher.Schedule();
    }
}
