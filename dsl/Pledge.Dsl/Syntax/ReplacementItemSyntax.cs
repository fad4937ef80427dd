using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`replacement covered for the remainder or 90 days, whichever is longer`.</summary>
public sealed partial class ReplacementItemSyntax(ImmutableArray<SyntaxToken> keywords, DurationSyntax duration, SyntaxToken comma, ImmutableArray<SyntaxToken> tailKeywords) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DurationSyntax Duration { get; } = duration;
    public SyntaxToken Comma { get; } = comma;
    public ImmutableArray<SyntaxToken> TailKeywords { get; } = tailKeywords;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Duration, Comma, TailKeywords);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Duration.CollectTokens(tokens);
        tokens.Add(Comma);
        foreach (var token in TailKeywords) tokens.Add(token);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Duration);
        Duration.CollectNodes(nodes);
    }
}
