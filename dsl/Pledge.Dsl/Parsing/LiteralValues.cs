using System.Globalization;
using System.Text;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Turns literal token text into values. A literal that does not make a value (an unknown escape,
/// 2026-02-30, 25:00) gets null here and a diagnostic from <see cref="LexicalDiagnostics"/>.
/// </summary>
internal static class LiteralValues
{
    public static object? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static object? Percentage(string text) => Number(text[..^1]);

    public static object? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Minutes since midnight; `24:00` is 1440 (the end of a day).</summary>
    public static object? Time(string text)
    {
        var colon = text.IndexOf(':');
        var hours = int.Parse(text[..colon], CultureInfo.InvariantCulture);
        var minutes = int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture);
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return null;
        return hours * 60 + minutes;
    }

    /// <summary>The string's content with escapes resolved; invalid escapes are kept as written.</summary>
    public static string String(string text) => Unescape(text, out _);

    public static string Unescape(string text, out List<(int Offset, int Length)> badEscapes)
    {
        badEscapes = [];
        var triple = text.StartsWith("\"\"\"", StringComparison.Ordinal);
        var open = triple ? 3 : 1;
        var closeLength = triple
            ? (text.Length >= 6 && text.EndsWith("\"\"\"", StringComparison.Ordinal) ? 3 : 0)
            : (text.Length >= 2 && text.EndsWith('"') && !EndsWithEscapedQuote(text) ? 1 : 0);
        var body = text.AsSpan(open, Math.Max(0, text.Length - open - closeLength));
        if (triple) return body.ToString();
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { builder.Append(c); continue; }
            var next = body[i + 1];
            switch (next)
            {
                case '"': builder.Append('"'); i++; break;
                case '\\': builder.Append('\\'); i++; break;
                case 'n': builder.Append('\n'); i++; break;
                case 't': builder.Append('\t'); i++; break;
                case 'u' when TryUnicode(body, i, out var rune, out var length):
                    builder.Append(rune);
                    i += length - 1;
                    break;
                default:
                    var badLength = next == 'u' ? UnicodeEscapeLength(body, i) : 2;
                    badEscapes.Add((open + i, badLength));
                    builder.Append(body.Slice(i, badLength));
                    i += badLength - 1;
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool EndsWithEscapedQuote(string text)
    {
        var backslashes = 0;
        for (var i = text.Length - 2; i >= 1 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static int UnicodeEscapeLength(ReadOnlySpan<char> body, int i)
    {
        if (i + 2 < body.Length && body[i + 2] == '{')
        {
            var close = body[(i + 3)..].IndexOf('}');
            if (close >= 0 && close <= 8) return close + 4;
        }
        return 2;
    }

    private static bool TryUnicode(ReadOnlySpan<char> body, int i, out string rune, out int length)
    {
        rune = "";
        length = UnicodeEscapeLength(body, i);
        if (length < 5) return false;
        var hex = body.Slice(i + 3, length - 4);
        if (hex.Length is < 1 or > 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)) return false;
        if (code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) return false;
        rune = char.ConvertFromUtf32(code);
        return true;
    }
}
