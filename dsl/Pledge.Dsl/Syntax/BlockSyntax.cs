using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`{ items }`; a missing `}` is reported and leaves CloseBrace null.</summary>
public sealed partial class BlockSyntax(SyntaxToken openBrace, ImmutableArray<SyntaxNode> items, SyntaxToken? closeBrace) : SyntaxNode
{
    public SyntaxToken OpenBrace { get; } = openBrace;
    public ImmutableArray<SyntaxNode> Items { get; } = items;
    public SyntaxToken? CloseBrace { get; } = closeBrace;

    public override IEnumerable<SyntaxElement> Children => Elements(OpenBrace, Items, CloseBrace);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(OpenBrace);
        foreach (var node in Items) node.CollectTokens(tokens);
        if (CloseBrace is not null) tokens.Add(CloseBrace);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Items) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
