using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`claim within 30 days after period end` or `after breach`.</summary>
public sealed partial class ClaimItemSyntax(ImmutableArray<SyntaxToken> keywords, DurationSyntax window, ImmutableArray<SyntaxToken> afterKeywords) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DurationSyntax Window { get; } = window;
    public ImmutableArray<SyntaxToken> AfterKeywords { get; } = afterKeywords;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Window, AfterKeywords);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Window.CollectTokens(tokens);
        foreach (var token in AfterKeywords) tokens.Add(token);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Window);
        Window.CollectNodes(nodes);
    }
}
