using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pledge.Cli.Output;

/// <summary>Shared settings of the JSON-based formats: indented, and CJK text kept readable rather than \u-escaped.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes through a UTF-8 buffer because Utf8JsonWriter cannot target a TextWriter.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
