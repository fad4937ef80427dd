using System.Text.Json;

namespace Pledge.LanguageServer.Protocol;

/// <summary>
/// One JSON-RPC message from the client: a request (method and id), a notification (method, no id) or a
/// response to a request of the server (id, no method). Params and id are cloned out of the parsed document.
/// </summary>
public sealed record IncomingMessage(string? Method, JsonElement? Id, JsonElement? Params)
{
    public bool IsRequest => Method is not null && Id is not null;
    public bool IsNotification => Method is not null && Id is null;

    /// <summary>The id as a dictionary key (`n:1`, `s:abc`) for cancellation.</summary>
    public static string Key(JsonElement id) => id.ValueKind == JsonValueKind.String ? "s:" + id.GetString() : "n:" + id.GetRawText();

    /// <summary>Parses a frame's body; throws <see cref="JsonException"/> on malformed JSON, and returns null when the JSON is not a JSON-RPC message.</summary>
    public static IncomingMessage? Parse(byte[] body, out JsonElement? idIfAny)
    {
        idIfAny = null;
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return null;
        JsonElement? id = root.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.Number or JsonValueKind.String ? i.Clone() : null;
        idIfAny = id;
        if (root.TryGetProperty("id", out var rawId) && rawId.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null)) return null;
        string? method = null;
        if (root.TryGetProperty("method", out var m))
        {
            if (m.ValueKind != JsonValueKind.String) return null;
            method = m.GetString();
        }
        JsonElement? parameters = root.TryGetProperty("params", out var p) && p.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? p.Clone() : null;
        if (method is null && id is null) return null;
        return new IncomingMessage(method, id, parameters);
    }
}
