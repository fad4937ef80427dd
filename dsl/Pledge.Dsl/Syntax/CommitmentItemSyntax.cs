namespace Pledge.Dsl.Syntax;

/// <summary>`respond within 2 h after reported`, `resolve by next business day`.</summary>
public sealed partial class CommitmentItemSyntax(SyntaxToken milestone, SyntaxToken keyword, DeadlineSyntax deadline, AnchorSyntax? anchor, OnCalendarSyntax? on) : ItemSyntax
{
    public SyntaxToken Milestone { get; } = milestone;
    public SyntaxToken Keyword { get; } = keyword;
    public DeadlineSyntax Deadline { get; } = deadline;
    public AnchorSyntax? Anchor { get; } = anchor;
    public OnCalendarSyntax? On { get; } = on;

    public override IEnumerable<SyntaxElement> Children => Elements(Milestone, Keyword, Deadline, Anchor, On);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Milestone);
        tokens.Add(Keyword);
        Deadline.CollectTokens(tokens);
        Anchor?.CollectTokens(tokens);
        On?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Deadline);
        Deadline.CollectNodes(nodes);
        if (Anchor is not null) { nodes.Add(Anchor); Anchor.CollectNodes(nodes); }
        if (On is not null) { nodes.Add(On); On.CollectNodes(nodes); }
    }
}
