using System.Collections.Immutable;
using System.Text;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Syntax;

/// <summary>
/// One token with the trivia around it. Leading trivia is everything since the previous token's
/// trailing trivia; trailing trivia is the whitespace and comments after the token on its own line.
/// Printing every token's leading trivia, text and trailing trivia gives the source back.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    public SyntaxToken(TokenKind kind, string text, TextSpan span, ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia, object? value = null)
    {
        Kind = kind;
        Text = text;
        Span = span;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        Value = value;
    }

    public TokenKind Kind { get; }
    public string Text { get; }
    public override TextSpan Span { get; }
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>
    /// The literal's value: <see cref="decimal"/> for numbers and percentages (99.9% is 99.9),
    /// the unescaped <see cref="string"/> for strings, <see cref="DateOnly"/> for dates and
    /// the minutes since midnight (<see cref="int"/>, 0–1440) for times.
    /// </summary>
    public object? Value { get; }

    public bool IsKeyword(string word) => Kind == TokenKind.Keyword && Text == word;

    public void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia) builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in TrailingTrivia) builder.Append(trivia.Text);
    }

    public override string ToString() => Text;
}
