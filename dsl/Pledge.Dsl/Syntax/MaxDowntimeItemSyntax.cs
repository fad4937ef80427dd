using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`max downtime 44 min per month`.</summary>
public sealed partial class MaxDowntimeItemSyntax(ImmutableArray<SyntaxToken> keywords, DurationSyntax duration, PerPeriodSyntax? per) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DurationSyntax Duration { get; } = duration;
    public PerPeriodSyntax? Per { get; } = per;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Duration, Per);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Duration.CollectTokens(tokens);
        Per?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Duration);
        Duration.CollectNodes(nodes);
        if (Per is not null) { nodes.Add(Per); Per.CollectNodes(nodes); }
    }
}
