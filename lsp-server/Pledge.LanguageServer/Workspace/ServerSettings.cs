using System.Text.Json;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// The server's settings, from `initializationOptions` or `workspace/didChangeConfiguration`, both under a
/// `pledge` key or at the top level:
/// `diagnosticsDocsUrl` — the address of docs/diagnostics.md that diagnostic codes link to (each code's
/// anchor is appended); by default the file:// URI of the docs of the checkout the server was built in, when
/// they are found beside it; otherwise codes carry no link at all rather than one that leads nowhere.
/// `diagnosticsDelay` — milliseconds of quiet after a change before diagnostics are computed (default 150).
/// </summary>
public sealed record ServerSettings(string? DiagnosticsDocsUrl, int DiagnosticsDelayMs)
{
    public const int DefaultDelayMs = 150;

    public static ServerSettings Default { get; } = new(FindRepositoryDocs(), DefaultDelayMs);

    public ServerSettings With(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } element) return this;
        if (element.TryGetProperty("pledge", out var nested) && nested.ValueKind == JsonValueKind.Object) element = nested;
        var result = this;
        if (element.TryGetProperty("diagnosticsDocsUrl", out var url) && url.ValueKind == JsonValueKind.String && url.GetString() is { Length: > 0 } u)
            result = result with { DiagnosticsDocsUrl = u };
        if (element.TryGetProperty("diagnosticsDelay", out var delay) && delay.ValueKind == JsonValueKind.Number && delay.TryGetInt32(out var ms))
            result = result with { DiagnosticsDelayMs = Math.Clamp(ms, 0, 5000) };
        return result;
    }

    /// <summary>docs/diagnostics.md of the checkout around the server's binaries (lsp-server/…/bin/…), as a file:// URI.</summary>
    public static string? FindRepositoryDocs()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 8 && directory is not null; i++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "diagnostics.md");
            if (File.Exists(candidate)) return new Uri(candidate).AbsoluteUri;
        }
        return null;
    }
}
