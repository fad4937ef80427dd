using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`arrive by distance { … }`.</summary>
public sealed partial class DistanceCommitmentItemSyntax(SyntaxToken milestone, ImmutableArray<SyntaxToken> keywords, SyntaxToken openBrace, ImmutableArray<SyntaxNode> tiers, SyntaxToken? closeBrace) : ItemSyntax
{
    public SyntaxToken Milestone { get; } = milestone;
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SyntaxToken OpenBrace { get; } = openBrace;
    public ImmutableArray<SyntaxNode> Tiers { get; } = tiers;
    public SyntaxToken? CloseBrace { get; } = closeBrace;

    public override IEnumerable<SyntaxElement> Children => Elements(Milestone, Keywords, OpenBrace, Tiers, CloseBrace);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Milestone);
        foreach (var token in Keywords) tokens.Add(token);
        tokens.Add(OpenBrace);
        foreach (var node in Tiers) node.CollectTokens(tokens);
        if (CloseBrace is not null) tokens.Add(CloseBrace);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Tiers) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
