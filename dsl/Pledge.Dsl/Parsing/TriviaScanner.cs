using System.Collections.Immutable;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Scans whitespace, line breaks and comments directly on the source string: trivia is read before
/// every token, so it must not go through the (allocating) combinator machinery.
/// </summary>
internal static class TriviaScanner
{
    /// <summary>Everything up to the next token: whitespace, line breaks, comments.</summary>
    public static ImmutableArray<SyntaxTrivia> ScanLeading(string text, int position, out int end) =>
        Scan(text, position, allowNewLine: true, out end);

    /// <summary>Whitespace and comments after a token up to, not including, the end of its line.</summary>
    public static ImmutableArray<SyntaxTrivia> ScanTrailing(string text, int position, out int end) =>
        Scan(text, position, allowNewLine: false, out end);

    private static ImmutableArray<SyntaxTrivia> Scan(string text, int position, bool allowNewLine, out int end)
    {
        end = position;
        // Most tokens have one piece of trivia or none: allocate a builder only for more.
        if (!TryScanOne(text, end, allowNewLine, out var first)) return ImmutableArray<SyntaxTrivia>.Empty;
        end = first!.Span.End;
        if (!TryScanOne(text, end, allowNewLine, out var second)) return [first];
        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        builder.Add(first);
        for (var trivia = second; trivia is not null; TryScanOne(text, end, allowNewLine, out trivia))
        {
            builder.Add(trivia);
            end = trivia.Span.End;
        }
        return builder.ToImmutable();
    }

    /// <summary>The offset of the next token, without building the trivia.</summary>
    public static int SkipTrivia(string text, int position)
    {
        var end = position;
        while (TryScanOne(text, end, allowNewLine: true, out var trivia)) end = trivia!.Span.End;
        return end;
    }

    private static bool TryScanOne(string text, int i, bool allowNewLine, out SyntaxTrivia? trivia)
    {
        trivia = null;
        if (i >= text.Length) return false;
        var c = text[i];
        if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\uFEFF' || (c > 127 && char.IsWhiteSpace(c) && c != '\u2028' && c != '\u2029'))
        {
            var j = i + 1;
            while (j < text.Length && (text[j] is ' ' or '\t' or '\f' or '\v' or '\uFEFF' || (text[j] > 127 && char.IsWhiteSpace(text[j]) && text[j] is not '\u2028' and not '\u2029')))
                j++;
            trivia = Make(TriviaKind.Whitespace, text, i, j);
            return true;
        }
        if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029')
        {
            if (!allowNewLine) return false;
            var j = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            trivia = Make(TriviaKind.EndOfLine, text, i, j);
            return true;
        }
        if (c == '/' && i + 1 < text.Length)
        {
            if (text[i + 1] == '/')
            {
                var j = i + 2;
                while (j < text.Length && text[j] != '\n' && text[j] != '\r') j++;
                trivia = Make(TriviaKind.LineComment, text, i, j);
                return true;
            }
            if (text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var j = close < 0 ? text.Length : close + 2;
                // A block comment that spans lines is leading trivia of the next token, never trailing:
                // trailing trivia stays on the token's own line so the formatter can keep it there.
                if (!allowNewLine && text.AsSpan(i, j - i).IndexOfAny('\n', '\r') >= 0) return false;
                trivia = Make(TriviaKind.BlockComment, text, i, j);
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Spaces = [.. Enumerable.Range(0, 33).Select(n => new string(' ', n))];

    private static SyntaxTrivia Make(TriviaKind kind, string text, int start, int end) =>
        new(kind, TextSpan.FromBounds(start, end), Shared(kind, text, start, end) ?? text[start..end]);

    /// <summary>Indentation and line breaks are most of a file's trivia: share their strings instead of copying each.</summary>
    private static string? Shared(TriviaKind kind, string text, int start, int end)
    {
        var length = end - start;
        if (kind == TriviaKind.EndOfLine) return length == 1 ? (text[start] == '\n' ? "\n" : null) : (length == 2 ? "\r\n" : null);
        if (kind != TriviaKind.Whitespace || length >= Spaces.Length) return null;
        for (var i = start; i < end; i++) if (text[i] != ' ') return null;
        return Spaces[length];
    }
}
