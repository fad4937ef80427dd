namespace Pledge.Dsl.Syntax;

/// <summary>`holidays 2026-10-01..2026-10-07, 2027-01-01`.</summary>
public sealed partial class HolidaysItemSyntax(SyntaxToken keyword, SeparatedListSyntax<DateRangeSyntax> ranges) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SeparatedListSyntax<DateRangeSyntax> Ranges { get; } = ranges;

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
