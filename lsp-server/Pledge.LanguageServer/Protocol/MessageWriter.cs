using System.Text;
using System.Text.Json;

namespace Pledge.LanguageServer.Protocol;

/// <summary>
/// Writes JSON-RPC messages as base-protocol frames. Handlers answer from several threads; one lock keeps each
/// frame whole on the stream. Nothing else in the server writes to the output stream.
/// </summary>
public sealed class MessageWriter(Stream output)
{
    private readonly Stream _output = output;
    private readonly object _gate = new();

    public void WriteResult(JsonElement? id, ReadOnlySpan<byte> resultJson)
    {
        var copy = resultJson.ToArray();
        Write(w =>
        {
            WriteId(w, id);
            w.WritePropertyName("result");
            w.WriteRawValue(copy, skipInputValidation: true);
        });
    }

    /// <param name="dataJson">The error's `data` as serialised JSON, or null for none.</param>
    public void WriteError(JsonElement? id, int code, string message, byte[]? dataJson = null) => Write(w =>
    {
        WriteId(w, id);
        w.WriteStartObject("error");
        w.WriteNumber("code", code);
        w.WriteString("message", message);
        if (dataJson is not null)
        {
            w.WritePropertyName("data");
            w.WriteRawValue(dataJson, skipInputValidation: true);
        }
        w.WriteEndObject();
    });

    public void WriteNotification(string method, ReadOnlySpan<byte> paramsJson)
    {
        var copy = paramsJson.ToArray();
        Write(w =>
        {
            w.WriteString("method", method);
            w.WritePropertyName("params");
            w.WriteRawValue(copy, skipInputValidation: true);
        });
    }

    private static void WriteId(Utf8JsonWriter w, JsonElement? id)
    {
        w.WritePropertyName("id");
        if (id is { } value && value.ValueKind is JsonValueKind.Number or JsonValueKind.String) value.WriteTo(w);
        else w.WriteNullValue();
    }

    private delegate void BodyWriter(Utf8JsonWriter writer);

    private void Write(BodyWriter body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            body(writer);
            writer.WriteEndObject();
        }
        var header = Encoding.ASCII.GetBytes($"Content-Length: {stream.Length}\r\n\r\n");
        lock (_gate)
        {
            try
            {
                _output.Write(header);
                _output.Write(stream.GetBuffer(), 0, (int)stream.Length);
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The client went away; the reader sees the end of its stream and stops the server.
            }
        }
    }
}
