using System.Text.Json;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>`initialized`: nothing to do (the server registers its capabilities statically), but it is not an unknown notification.</summary>
public sealed class InitializedHandler : INotificationHandler
{
    public string Method => "initialized";

    public void Handle(JsonElement? parameters, ServerServices services)
    {
    }
}
