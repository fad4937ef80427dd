using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Server;

/// <summary>How a server is set up; tests fix the settings and add handlers (one that throws, say).</summary>
public sealed record LanguageServerOptions
{
    /// <summary>Settings that the client's `initializationOptions` and configuration cannot change; null for the defaults.</summary>
    public ServerSettings? Settings { get; init; }

    public IReadOnlyList<IRequestHandler> ExtraRequestHandlers { get; init; } = [];

    public bool LogToStandardError { get; init; } = true;
}
