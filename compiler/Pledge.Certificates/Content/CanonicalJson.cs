using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pledge.Certificates.Content;

/// <summary>
/// The one serialization that verification codes are computed over (docs/certificates.md, "Canonical content"):
/// UTF-8 JSON with no whitespace; object keys sorted by ordinal order of their UTF-16 code units; strings with
/// only `"` and `\` escaped (as `\"`, `\\`) and the control characters U+0000–U+001F (`\b \t \n \f \r`, else
/// `\u00xx` in lowercase hex), every other character written as itself; numbers are integers only (amounts and
/// dates are strings, so no float formatting can ever differ between two machines). This is RFC 8785 (JCS)
/// restricted to integers, so any JCS implementation reproduces the bytes.
/// </summary>
public static class CanonicalJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Write(JsonNode node)
    {
        var output = new StringBuilder(1024);
        Write(node, output);
        return output.ToString();
    }

    public static byte[] WriteUtf8(JsonNode node) => Utf8.GetBytes(Write(node));

    private static void Write(JsonNode? node, StringBuilder output)
    {
        switch (node)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject obj:
                output.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) output.Append(',');
                    first = false;
                    WriteString(key, output);
                    output.Append(':');
                    Write(value, output);
                }
                output.Append('}');
                break;
            case JsonArray array:
                output.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    Write(array[i], output);
                }
                output.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, output);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder output)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), output);
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Number when TryInteger(value, out var n):
                output.Append(n.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                throw new ArgumentException($"canonical content holds integers only, not `{value.ToJsonString()}`: write amounts as strings", nameof(value));
        }
    }

    // A node made in code holds an int or a long; one read back from stored JSON holds a JsonElement.
    private static bool TryInteger(JsonValue value, out long n)
    {
        if (value.TryGetValue<long>(out n)) return true;
        if (value.TryGetValue<int>(out var i))
        {
            n = i;
            return true;
        }
        n = 0;
        return value.TryGetValue<JsonElement>(out var element) && element.TryGetInt64(out n);
    }

    private static void WriteString(string text, StringBuilder output)
    {
        output.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\f': output.Append("\\f"); break;
                case '\r': output.Append("\\r"); break;
                case < ' ':
                    output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    // A lone surrogate has no UTF-8 form: the content would hash differently per encoder.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        output.Append(c).Append(text[++i]);
                        break;
                    }
                    if (char.IsSurrogate(c)) throw new ArgumentException("the text holds a lone UTF-16 surrogate, which has no UTF-8 form", nameof(text));
                    output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }
}
