using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Pledge.Compiler.Emit;

/// <summary>
/// The only way values reach emitted C#: every string goes through <see cref="String"/> (Roslyn's own literal
/// formatter, which escapes quotes, backslashes, newlines, control characters and lone surrogates), and numbers are
/// written from their values, never from source text. Text from a `.sla` file or a log never becomes code.
/// </summary>
public static class CSharpText
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string NullableString(string? value) => value is null ? "null" : String(value);

    /// <summary>A decimal literal that keeps the value's scale (`0.250m` stays 0.250), so arithmetic matches the interpreter's bit for bit.</summary>
    public static string Decimal(decimal value) => "(" + value.ToString(CultureInfo.InvariantCulture) + "m)";

    public static string NullableDecimal(decimal? value) => value is { } v ? Decimal(v) : "null";

    public static string Int(int value) => "(" + value.ToString(CultureInfo.InvariantCulture) + ")";

    public static string Long(long value) => "(" + value.ToString(CultureInfo.InvariantCulture) + "L)";

    public static string Bool(bool value) => value ? "true" : "false";
}
