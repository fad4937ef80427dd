using System.Collections.Immutable;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// The one list of diagnostic codes. Codes are stable: never renumber one, retire it instead.
/// Each code has one factory method so that messages stay in one style and one place.
/// docs/diagnostics.md has one entry per code (a test keeps them in step).
/// </summary>
public static partial class DiagnosticCatalogue
{
    // PLG1xxx: syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("PLG1001", "unexpected-token", DiagnosticLevel.Error, "Unexpected token");
    public static readonly DiagnosticDescriptor UnterminatedString = new("PLG1002", "unterminated-string", DiagnosticLevel.Error, "Unterminated string");
    public static readonly DiagnosticDescriptor UnterminatedComment = new("PLG1003", "unterminated-comment", DiagnosticLevel.Error, "Unterminated block comment");
    public static readonly DiagnosticDescriptor InvalidEscape = new("PLG1004", "invalid-escape", DiagnosticLevel.Error, "Invalid escape sequence");
    public static readonly DiagnosticDescriptor MissingCloseBrace = new("PLG1005", "missing-close-brace", DiagnosticLevel.Error, "Missing closing brace");
    public static readonly DiagnosticDescriptor InvalidCharacter = new("PLG1006", "invalid-character", DiagnosticLevel.Error, "Invalid character");
    public static readonly DiagnosticDescriptor InvalidDate = new("PLG1007", "invalid-date", DiagnosticLevel.Error, "Invalid date");
    public static readonly DiagnosticDescriptor InvalidTime = new("PLG1008", "invalid-time", DiagnosticLevel.Error, "Invalid time of day");
    public static readonly DiagnosticDescriptor InvalidEncoding = new("PLG1009", "invalid-encoding", DiagnosticLevel.Error, "Invalid UTF-8");
    public static readonly DiagnosticDescriptor InvalidNumber = new("PLG1010", "invalid-number", DiagnosticLevel.Error, "Invalid number");
    public static readonly DiagnosticDescriptor EmptyFile = new("PLG1011", "empty-file", DiagnosticLevel.Error, "Empty file");

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new(() =>
        typeof(DiagnosticCatalogue)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray());

    /// <summary>Every code, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

    public static DiagnosticDescriptor? Find(string codeOrName) =>
        All.FirstOrDefault(d => string.Equals(d.Code, codeOrName, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(d.Name, codeOrName, StringComparison.OrdinalIgnoreCase));

    private static Diagnostic Make(DiagnosticDescriptor descriptor, TextSpan span, string message, string? hint = null, CodeFix? fix = null) =>
        new(descriptor, descriptor.DefaultLevel, span, message, hint, fix);

    public static Diagnostic Unexpected(TextSpan span, string found, IEnumerable<string> expected)
    {
        var list = expected.Distinct().ToList();
        var what = found.Length == 0 ? "the end of the file" : $"`{found}`";
        var message = list.Count == 0 ? $"unexpected {what}" : $"unexpected {what}; expected {JoinAlternatives(list)}";
        return Make(UnexpectedToken, span, message, "check the spelling, or see docs/language.md for this construct");
    }

    public static Diagnostic StringNotTerminated(TextSpan span, bool tripleQuoted) =>
        Make(UnterminatedString, span, "the string is not terminated",
            tripleQuoted ? "close it with `\"\"\"`" : "close it with `\"` before the end of the line");

    public static Diagnostic CommentNotTerminated(TextSpan span) =>
        Make(UnterminatedComment, span, "the block comment is not terminated", "close it with `*/`");

    public static Diagnostic BadEscape(TextSpan span, string escape) =>
        Make(InvalidEscape, span, $"`{escape}` is not a valid escape sequence",
            "use one of `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{XXXX}`");

    public static Diagnostic CloseBraceMissing(TextSpan span, string construct) =>
        Make(MissingCloseBrace, span, $"the {construct} is missing its closing `}}`", "add `}` after its last item");

    public static Diagnostic BadCharacter(TextSpan span, char c) =>
        Make(InvalidCharacter, span, $"the character U+{(int)c:X4} cannot appear here", "remove it, or put it inside a string");

    public static Diagnostic BadDate(TextSpan span, string text) =>
        Make(InvalidDate, span, $"`{text}` is not a date in the calendar", "write a real date as YYYY-MM-DD, such as `2026-10-01`");

    public static Diagnostic BadTime(TextSpan span, string text) =>
        Make(InvalidTime, span, $"`{text}` is not a time of day", "write HH:MM between `00:00` and `24:00`");

    public static Diagnostic BadEncoding(TextSpan span) =>
        Make(InvalidEncoding, span, "the file is not valid UTF-8 here", "save the file as UTF-8");

    public static Diagnostic BadNumber(TextSpan span, string text) =>
        Make(InvalidNumber, span, $"`{text}` is too large for a number", "amounts and percentages go up to 79,228,162,514,264,337,593,543,950,335");

    public static Diagnostic FileIsEmpty(TextSpan span) =>
        Make(EmptyFile, span, "the file declares nothing",
            "start it with `contract NAME \"…\" / \"…\"`, or declare what it shares, such as `cause NAME \"…\"`; delete the file if it is not needed");

    /// <summary>"a, b or c" for the expected lists of messages.</summary>
    public static string JoinAlternatives(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };
}
