namespace Pledge.Dsl.Syntax;

/// <summary>`arrive after acknowledged`: re-anchors a matrix column.</summary>
public sealed partial class MilestoneAnchorItemSyntax(SyntaxToken milestone, AnchorSyntax anchor) : ItemSyntax
{
    public SyntaxToken Milestone { get; } = milestone;
    public AnchorSyntax Anchor { get; } = anchor;

    public override IEnumerable<SyntaxElement> Children => Elements(Milestone, Anchor);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Milestone);
        Anchor.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Anchor);
        Anchor.CollectNodes(nodes);
    }
}
