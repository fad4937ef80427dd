using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`exclude unreported after 5 days`.</summary>
public sealed partial class ExcludeUnreportedItemSyntax(ImmutableArray<SyntaxToken> keywords, DurationSyntax window) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DurationSyntax Window { get; } = window;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Window);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Window.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Window);
        Window.CollectNodes(nodes);
    }
}
