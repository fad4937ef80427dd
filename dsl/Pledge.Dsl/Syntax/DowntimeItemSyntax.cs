namespace Pledge.Dsl.Syntax;

/// <summary>`downtime from reported to restored`.</summary>
public sealed partial class DowntimeItemSyntax(SyntaxToken keyword, SyntaxToken fromKeyword, SyntaxToken fromEvent, SyntaxToken toKeyword, SyntaxToken toEvent) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken FromKeyword { get; } = fromKeyword;
    public SyntaxToken FromEvent { get; } = fromEvent;
    public SyntaxToken ToKeyword { get; } = toKeyword;
    public SyntaxToken ToEvent { get; } = toEvent;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, FromKeyword, FromEvent, ToKeyword, ToEvent);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(FromKeyword);
        tokens.Add(FromEvent);
        tokens.Add(ToKeyword);
        tokens.Add(ToEvent);
    }
}
