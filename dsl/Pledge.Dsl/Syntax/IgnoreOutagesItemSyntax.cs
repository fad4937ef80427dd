using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`ignore outages shorter than 5 min`.</summary>
public sealed partial class IgnoreOutagesItemSyntax(ImmutableArray<SyntaxToken> keywords, DurationSyntax duration) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DurationSyntax Duration { get; } = duration;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Duration);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Duration.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Duration);
        Duration.CollectNodes(nodes);
    }
}
