namespace Pledge.Dsl.Syntax;

/// <summary>`duration 1 year from completion` (a date parameter or a date).</summary>
public sealed partial class WarrantyDurationItemSyntax(SyntaxToken keyword, DurationSyntax duration, SyntaxToken fromKeyword, SyntaxToken start) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public DurationSyntax Duration { get; } = duration;
    public SyntaxToken FromKeyword { get; } = fromKeyword;
    public SyntaxToken Start { get; } = start;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Duration, FromKeyword, Start);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Duration.CollectTokens(tokens);
        tokens.Add(FromKeyword);
        tokens.Add(Start);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Duration);
        Duration.CollectNodes(nodes);
    }
}
