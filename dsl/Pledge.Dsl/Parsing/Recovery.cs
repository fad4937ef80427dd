using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Error recovery: skip from a place the grammar could not read to the next place it can
/// (a declaration or item keyword at the start of a line, or the `}` that closes the block),
/// keeping the skipped text in a <see cref="SkippedSyntax"/> so that nothing is lost.
/// Braces are counted, and strings and comments stepped over, so that a broken block is
/// skipped as a whole.
/// </summary>
internal static class Recovery
{
    /// <summary>Decides whether skipping stops at the token starting at an offset.</summary>
    public delegate bool SyncPoint(string? word, bool atLineStart, int depth, char first);

    public static readonly SyncPoint TopLevel = (word, atLineStart, depth, _) =>
        depth <= 0 && atLineStart && word is not null && Keywords.Declarations.Contains(word);

    public static SyncPoint InBlock(IReadOnlyDictionary<string, Sprache.Parser<SyntaxNode>> items) => (word, atLineStart, depth, first) =>
        depth == 0 && (first == '}' || (atLineStart && word is not null && (items.ContainsKey(word) || Keywords.Declarations.Contains(word))));

    /// <summary>Skips at least one token, then up to the next sync point.</summary>
    public static SkippedSyntax Skip(SlaInput input, SyncPoint isSync, out SlaInput rest)
    {
        var text = input.Source;
        var leading = TriviaScanner.ScanLeading(text, input.Position, out var start);
        var i = start;
        var lastEnd = start;
        var depth = 0;
        var first = true;
        while (i < text.Length)
        {
            var word = Scanners.Word(text, i) is var w and >= 0 ? text[i..w] : null;
            if (!first && isSync(word, IsLineStart(text, i), depth, text[i])) break;
            var end = RawTokenEnd(text, i);
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth = Math.Max(depth - 1, first ? 0 : -1);
            lastEnd = end;
            first = false;
            i = TriviaScanner.SkipTrivia(text, end);
        }
        var trailing = TriviaScanner.ScanTrailing(text, lastEnd, out var after);
        var token = new SyntaxToken(TokenKind.Skipped, text[start..lastEnd], TextSpan.FromBounds(start, lastEnd), leading, trailing);
        rest = input.At(after);
        return new SkippedSyntax(token);
    }

    public static bool IsLineStart(string text, int offset)
    {
        for (var j = offset - 1; j >= 0; j--)
        {
            var c = text[j];
            if (c == '\n' || c == '\r') return true;
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /// <summary>The end of one rough token: a word, a string, a number-like run, or one character.</summary>
    public static int RawTokenEnd(string text, int i)
    {
        var end = Scanners.Word(text, i);
        if (end > i) return end;
        if (text[i] == '"') return Math.Max(Scanners.String(text, i), i + 1);
        if (char.IsAsciiDigit(text[i]))
        {
            var j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] is '.' or ':' or '-' or '%') && !(text[j] == '.' && j + 1 < text.Length && text[j + 1] == '.')) j++;
            return j;
        }
        return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? i + 2 : i + 1;
    }

    /// <summary>The text of the token at an offset, for "unexpected `…`" messages.</summary>
    public static TextSpan FoundSpan(string text, int offset)
    {
        if (offset >= text.Length) return new TextSpan(text.Length, 0);
        var end = RawTokenEnd(text, offset);
        if (text[offset] == '"') end = Math.Min(end, offset + 40);
        return TextSpan.FromBounds(offset, end);
    }
}
