namespace Pledge.Dsl.Syntax;

/// <summary>`days Mon-Fri`.</summary>
public sealed partial class DaysItemSyntax(SyntaxToken keyword, SeparatedListSyntax<WeekdayRangeSyntax> ranges) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SeparatedListSyntax<WeekdayRangeSyntax> Ranges { get; } = ranges;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Ranges);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Ranges.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Ranges);
        Ranges.CollectNodes(nodes);
    }
}
