using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>
/// Tokens after which nothing may follow on the same line: skipped text (it may end in half a comment) and an
/// unterminated string (it runs to the end of its line, so a token put after it would be read into it).
/// </summary>
internal static class OpenEndedTokens
{
    public static bool EndsLine(SyntaxToken token) =>
        token.Kind == TokenKind.Skipped || (token.Kind == TokenKind.String && IsUnterminated(token.Text));

    private static bool IsUnterminated(string text)
    {
        if (text.StartsWith("\"\"\"", StringComparison.Ordinal))
            return !(text.Length >= 6 && text.EndsWith("\"\"\"", StringComparison.Ordinal));
        if (text.Length < 2 || text[^1] != '"') return true;
        // `"a\"` is still open: the last quote is escaped when an odd number of backslashes precede it.
        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
