namespace Pledge.Dsl.Syntax;

/// <summary>`availability 99.9% per month`.</summary>
public sealed partial class AvailabilityItemSyntax(SyntaxToken keyword, SyntaxToken percentage, PerPeriodSyntax? per) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Percentage { get; } = percentage;
    public PerPeriodSyntax? Per { get; } = per;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Percentage, Per);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Percentage);
        Per?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (Per is not null) { nodes.Add(Per); Per.CollectNodes(nodes); }
    }
}
