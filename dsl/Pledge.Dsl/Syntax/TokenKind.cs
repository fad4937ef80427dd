namespace Pledge.Dsl.Syntax;

public enum TokenKind
{
    /// <summary>A name: of a declaration, or a reference to one.</summary>
    Identifier,
    /// <summary>A word the grammar expects at this place (keywords are contextual).</summary>
    Keyword,
    String,
    Number,
    Percentage,
    /// <summary>A unit or currency code right after a number (<c>min</c>, <c>km</c>, <c>CNY</c>).</summary>
    Unit,
    Date,
    Time,
    LanguageTag,
    LeftBrace,
    RightBrace,
    Colon,
    Comma,
    Slash,
    Pipe,
    Dash,
    DotDot,
    /// <summary>Text that recovery skipped over; its diagnostic is in the tree's list.</summary>
    Skipped,
    EndOfFile,
}
