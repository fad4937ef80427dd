using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Problems inside tokens that were read anyway (so the tree stays complete): unterminated strings
/// and comments, bad escapes, dates and times that do not exist, numbers out of range. Found by one
/// pass over the finished tree, so that backtracking in the grammar never reports one twice.
/// </summary>
internal static class LexicalDiagnostics
{
    public static IEnumerable<Diagnostic> Collect(CompilationUnitSyntax root)
    {
        foreach (var token in root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
                if (IsUnterminatedComment(trivia)) yield return DiagnosticCatalogue.CommentNotTerminated(trivia.Span);
            foreach (var trivia in token.TrailingTrivia)
                if (IsUnterminatedComment(trivia)) yield return DiagnosticCatalogue.CommentNotTerminated(trivia.Span);

            switch (token.Kind)
            {
                case TokenKind.Skipped:
                    foreach (var d in SkippedStringDiagnostics(token)) yield return d;
                    break;
                case TokenKind.String:
                    foreach (var d in StringDiagnostics(token)) yield return d;
                    break;
                case TokenKind.Date when token.Value is null:
                    yield return DiagnosticCatalogue.BadDate(token.Span, token.Text);
                    break;
                case TokenKind.Time when token.Value is null:
                    yield return DiagnosticCatalogue.BadTime(token.Span, token.Text);
                    break;
                case TokenKind.Number or TokenKind.Percentage when token.Value is null:
                    yield return DiagnosticCatalogue.BadNumber(token.Span, token.Text);
                    break;
            }
        }
    }

    private static bool IsUnterminatedComment(SyntaxTrivia trivia) =>
        trivia.Kind == TriviaKind.BlockComment && (trivia.Text.Length < 4 || !trivia.Text.EndsWith("*/", StringComparison.Ordinal));

    private static IEnumerable<Diagnostic> StringDiagnostics(SyntaxToken token)
    {
        var text = token.Text;
        var triple = text.StartsWith("\"\"\"", StringComparison.Ordinal);
        var terminated = triple
            ? text.Length >= 6 && text.EndsWith("\"\"\"", StringComparison.Ordinal)
            : text.Length >= 2 && text.EndsWith('"') && !EndsWithOddBackslashes(text);
        if (!terminated) yield return DiagnosticCatalogue.StringNotTerminated(token.Span, triple);
        LiteralValues.Unescape(text, out var bad);
        foreach (var (offset, length) in bad)
        {
            var span = new TextSpan(token.Span.Start + offset, length);
            yield return DiagnosticCatalogue.BadEscape(span, text.Substring(offset, length));
        }
    }

    /// <summary>An unterminated string often is why text was skipped: say so, not only "unexpected".</summary>
    private static IEnumerable<Diagnostic> SkippedStringDiagnostics(SyntaxToken token)
    {
        var text = token.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                i = TriviaScanner.SkipTrivia(text, i) - 1;
                continue;
            }
            if (text[i] != '"') continue;
            var end = Scanners.String(text, i);
            var literal = text[i..end];
            var triple = literal.StartsWith("\"\"\"", StringComparison.Ordinal);
            var terminated = triple
                ? literal.Length >= 6 && literal.EndsWith("\"\"\"", StringComparison.Ordinal)
                : literal.Length >= 2 && literal.EndsWith('"') && !EndsWithOddBackslashes(literal);
            if (!terminated)
                yield return DiagnosticCatalogue.StringNotTerminated(TextSpan.FromBounds(token.Span.Start + i, token.Span.Start + end), triple);
            i = end - 1;
        }
    }

    private static bool EndsWithOddBackslashes(string text)
    {
        var count = 0;
        for (var i = text.Length - 2; i >= 1 && text[i] == '\\'; i--) count++;
        return count % 2 == 1;
    }
}
