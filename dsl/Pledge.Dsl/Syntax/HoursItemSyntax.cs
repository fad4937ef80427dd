namespace Pledge.Dsl.Syntax;

/// <summary>`hours 09:00-18:00`.</summary>
public sealed partial class HoursItemSyntax(SyntaxToken keyword, SeparatedListSyntax<TimeRangeSyntax> ranges) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SeparatedListSyntax<TimeRangeSyntax> Ranges { get; } = ranges;

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
