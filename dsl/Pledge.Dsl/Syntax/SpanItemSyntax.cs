namespace Pledge.Dsl.Syntax;

/// <summary>`span Mon 09:00 - Fri 17:00`: one continuous weekly span.</summary>
public sealed partial class SpanItemSyntax(SyntaxToken keyword, SyntaxToken fromDay, SyntaxToken fromTime, SyntaxToken dash, SyntaxToken toDay, SyntaxToken toTime) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken FromDay { get; } = fromDay;
    public SyntaxToken FromTime { get; } = fromTime;
    public SyntaxToken Dash { get; } = dash;
    public SyntaxToken ToDay { get; } = toDay;
    public SyntaxToken ToTime { get; } = toTime;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, FromDay, FromTime, Dash, ToDay, ToTime);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(FromDay);
        tokens.Add(FromTime);
        tokens.Add(Dash);
        tokens.Add(ToDay);
        tokens.Add(ToTime);
    }
}
