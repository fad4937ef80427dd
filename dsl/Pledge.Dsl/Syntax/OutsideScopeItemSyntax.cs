using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`outside scope : paid repair TEXT`.</summary>
public sealed partial class OutsideScopeItemSyntax(ImmutableArray<SyntaxToken> keywords, SyntaxToken colon, CoverageSyntax coverage) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SyntaxToken Colon { get; } = colon;
    public CoverageSyntax Coverage { get; } = coverage;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Colon, Coverage);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        tokens.Add(Colon);
        Coverage.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Coverage);
        Coverage.CollectNodes(nodes);
    }
}
