using Pledge.Dsl.Text;

namespace Pledge.Dsl.Syntax;

/// <summary>Whitespace, a line break or a comment: text the grammar ignores but the printer keeps.</summary>
public sealed record SyntaxTrivia(TriviaKind Kind, TextSpan Span, string Text)
{
    public bool IsComment => Kind is TriviaKind.LineComment or TriviaKind.BlockComment;
}
