using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`severity | respond | arrive | resolve`.</summary>
public sealed partial class MatrixHeaderSyntax(SyntaxToken severityKeyword, ImmutableArray<MatrixHeaderCellSyntax> cells) : SyntaxNode
{
    public SyntaxToken SeverityKeyword { get; } = severityKeyword;
    public ImmutableArray<MatrixHeaderCellSyntax> Cells { get; } = cells;

    public override IEnumerable<SyntaxElement> Children => Elements(SeverityKeyword, Cells);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(SeverityKeyword);
        foreach (var node in Cells) node.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Cells) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
