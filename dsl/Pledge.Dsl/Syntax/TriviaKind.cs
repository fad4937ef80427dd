namespace Pledge.Dsl.Syntax;

public enum TriviaKind
{
    Whitespace,
    EndOfLine,
    LineComment,
    BlockComment,
}
