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
}
