using System.Collections.Immutable;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Sprache;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Sprache parsers for single tokens. Each reads the leading trivia, the token and the trailing
/// trivia. On failure the remainder is the input as given (before the trivia), so that optional
/// and repeated parts (`XOptional`, `XMany`) see that nothing was consumed; the error's position
/// is moved past the trivia when it is reported.
/// </summary>
internal static class TokenParsers
{
    public static Parser<SyntaxToken> Make(TokenKind kind, Func<string, int, int> scan, string expectation, Func<string, object?>? value = null)
    {
        // Built once per parser: a failed attempt (most attempts, with optional parts) allocates nothing but its result.
        var message = $"expected {expectation}";
        string[] expectations = [expectation];
        return input =>
        {
            var slaInput = (SlaInput)input;
            var source = slaInput.Source;
            var leading = slaInput.LeadingTrivia(out var start);
            var end = scan(source, start);
            if (end < 0 || end == start && kind != TokenKind.EndOfFile)
                return Result.Failure<SyntaxToken>(input, message, expectations);
            var text = source[start..end];
            var trailing = TriviaScanner.ScanTrailing(source, end, out var after);
            var token = new SyntaxToken(kind, text, TextSpan.FromBounds(start, end), leading, trailing, value?.Invoke(text));
            return Result.Success(token, slaInput.At(after));
        };
    }

    public static Parser<SyntaxToken> Keyword(string word) =>
        Make(TokenKind.Keyword, (s, i) => word.Contains('-') || word.Contains('\'') ? Scanners.Literal(s, i, word) : Scanners.Exact(s, i, word), $"`{word}`");

    /// <summary>One of several keywords; the expectation lists them all.</summary>
    public static Parser<SyntaxToken> OneOf(IEnumerable<string> words, string? expectation = null)
    {
        var list = words.OrderByDescending(w => w.Length).ToArray();
        return Make(TokenKind.Keyword, (s, i) =>
        {
            foreach (var w in list)
            {
                var end = w.Contains('-') || w.Contains('\'') ? Scanners.Literal(s, i, w) : Scanners.Exact(s, i, w);
                if (end >= 0) return end;
            }
            return -1;
        }, expectation ?? Diagnostics.DiagnosticCatalogue.JoinAlternatives(list.Select(w => $"`{w}`").ToList()));
    }

    public static readonly Parser<SyntaxToken> Identifier = Make(TokenKind.Identifier, Scanners.Word, "a name");

    public static readonly Parser<SyntaxToken> StringToken = Make(TokenKind.String, Scanners.String, "a text in quotes such as `\"Customer\"`", LiteralValues.String);

    public static readonly Parser<SyntaxToken> Number = Make(TokenKind.Number, Scanners.PlainNumber, "a number", LiteralValues.Number);

    public static readonly Parser<SyntaxToken> Percentage = Make(TokenKind.Percentage, Scanners.Percentage, "a percentage such as `99.9%`", LiteralValues.Percentage);

    public static readonly Parser<SyntaxToken> Date = Make(TokenKind.Date, Scanners.Date, "a date such as `2026-10-01`", LiteralValues.Date);

    public static readonly Parser<SyntaxToken> Time = Make(TokenKind.Time, Scanners.Time, "a time such as `09:00`", LiteralValues.Time);

    public static readonly Parser<SyntaxToken> LanguageTag = Make(TokenKind.LanguageTag, Scanners.LanguageTag, "a language tag such as `zh-CN` or `en`");

    public static readonly Parser<SyntaxToken> CurrencyCode = Make(TokenKind.Unit, Scanners.CurrencyCode, "a currency code such as `CNY`");

    public static Parser<SyntaxToken> Unit(IEnumerable<string> words, string expectation)
    {
        var list = words.OrderByDescending(w => w.Length).ToArray();
        return Make(TokenKind.Unit, (s, i) =>
        {
            foreach (var w in list)
            {
                var end = Scanners.Exact(s, i, w);
                if (end >= 0) return end;
            }
            return -1;
        }, expectation);
    }

    private static Parser<SyntaxToken> Punctuation(TokenKind kind, char c) => Make(kind, (s, i) => Scanners.Char(s, i, c), $"`{c}`");

    public static readonly Parser<SyntaxToken> LeftBrace = Punctuation(TokenKind.LeftBrace, '{');
    public static readonly Parser<SyntaxToken> RightBrace = Punctuation(TokenKind.RightBrace, '}');
    public static readonly Parser<SyntaxToken> Colon = Punctuation(TokenKind.Colon, ':');
    public static readonly Parser<SyntaxToken> Comma = Punctuation(TokenKind.Comma, ',');
    public static readonly Parser<SyntaxToken> Slash = Punctuation(TokenKind.Slash, '/');
    public static readonly Parser<SyntaxToken> Pipe = Punctuation(TokenKind.Pipe, '|');

    /// <summary>`-` that is not the start of `->`; a dash is an empty cell, or joins a range.</summary>
    public static readonly Parser<SyntaxToken> Dash = Make(TokenKind.Dash, (s, i) => Scanners.Char(s, i, '-'), "`-`");

    public static readonly Parser<SyntaxToken> DotDot = Make(TokenKind.DotDot, (s, i) => Scanners.Text(s, i, ".."), "`..`");

    /// <summary>The end of the file; its leading trivia is the file's last comments and blank lines.</summary>
    public static readonly Parser<SyntaxToken> EndOfFile = input =>
    {
        var slaInput = (SlaInput)input;
        var leading = TriviaScanner.ScanLeading(slaInput.Source, slaInput.Position, out var start);
        if (start < slaInput.Source.Length)
            return Result.Failure<SyntaxToken>(input, "expected the end of the file", ["the end of the file"]);
        var token = new SyntaxToken(TokenKind.EndOfFile, "", new TextSpan(start, 0), leading, ImmutableArray<SyntaxTrivia>.Empty);
        return Result.Success(token, slaInput.At(start));
    };

    /// <summary>A sequence of keywords such as `at or below`, read as one phrase.</summary>
    public static Parser<ImmutableArray<SyntaxToken>> Phrase(params string[] words)
    {
        Parser<ImmutableArray<SyntaxToken>> parser = Keyword(words[0]).Select(t => ImmutableArray.Create(t));
        foreach (var word in words.Skip(1))
        {
            var next = Keyword(word);
            parser = from list in parser from t in next select list.Add(t);
        }
        var expectation = $"`{string.Join(' ', words)}`";
        return parser.Named(expectation);
    }
}
