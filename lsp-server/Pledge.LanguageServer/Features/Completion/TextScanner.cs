namespace Pledge.LanguageServer.Features.Completion;

/// <summary>
/// Reads the text before the cursor into lexemes, skipping comments and keeping strings whole, and tracks the
/// open braces. Completion works on text that is being typed and so rarely parses: reading the raw text is
/// more robust than asking the recovered tree. It is one forward pass (a 20,000-line file takes a few ms).
/// </summary>
public static class TextScanner
{
    public sealed record Result(List<Lexeme> Lexemes, List<int> OpenBraces);

    public static Result Scan(string text, int end)
    {
        var lexemes = new List<Lexeme>();
        var open = new List<int>();
        var line = 0;
        var i = 0;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < end && text[i] != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = close < 0 ? end : Math.Min(end, close + 2);
                line += Count(text, i, stop, '\n');
                i = stop;
                continue;
            }
            var start = i;
            if (c == '"')
            {
                var triple = i + 2 < text.Length && text[i + 1] == '"' && text[i + 2] == '"';
                i = triple ? SkipTriple(text, i + 3, end) : SkipString(text, i + 1, end);
                lexemes.Add(new Lexeme(LexemeKind.String, text[start..Math.Min(i, text.Length)], start, line));
                line += Count(text, start, Math.Min(i, end), '\n');
                continue;
            }
            if (IsWordStart(c))
            {
                while (i < end && IsWordPart(text[i])) i++;
                lexemes.Add(new Lexeme(LexemeKind.Word, text[start..i], start, line));
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '%' or ':' or '-') && !(text[i] == '.' && i + 1 < end && text[i + 1] == '.')) i++;
                var number = text[start..i];
                // `24x7` is a word of the language, not a number.
                lexemes.Add(new Lexeme(number == "24x7" ? LexemeKind.Word : LexemeKind.Number, number, start, line));
                continue;
            }
            i++;
            if (c == '{') open.Add(lexemes.Count);
            else if (c == '}' && open.Count > 0) open.RemoveAt(open.Count - 1);
            lexemes.Add(new Lexeme(LexemeKind.Punctuation, c.ToString(), start, line));
        }
        return new Result(lexemes, open);
    }

    public static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '\'';

    private static int SkipString(string text, int i, int end)
    {
        while (i < end && text[i] != '"' && text[i] != '\n')
        {
            if (text[i] == '\\') i++;
            i++;
        }
        return Math.Min(i + 1, Math.Max(end, i));
    }

    private static int SkipTriple(string text, int i, int end)
    {
        var close = text.IndexOf("\"\"\"", i, StringComparison.Ordinal);
        return close < 0 ? end : close + 3;
    }

    private static int Count(string text, int from, int to, char c)
    {
        var n = 0;
        for (var i = from; i < to && i < text.Length; i++) if (text[i] == c) n++;
        return n;
    }
}
