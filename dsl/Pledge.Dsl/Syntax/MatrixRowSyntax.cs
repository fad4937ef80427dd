using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`critical | 15 min | 30 min | 12 h`.</summary>
public sealed partial class MatrixRowSyntax(SyntaxToken severity, ImmutableArray<MatrixCellSyntax> cells) : SyntaxNode
{
    public SyntaxToken Severity { get; } = severity;
    public ImmutableArray<MatrixCellSyntax> Cells { get; } = cells;

    public override IEnumerable<SyntaxElement> Children => Elements(Severity, Cells);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Severity);
        foreach (var node in Cells) node.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Cells) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
