using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`severity | respond | arrive | resolve`.</summary>
public sealed partial class MatrixHeaderSyntax(SyntaxToken severityKeyword, ImmutableArray<MatrixHeaderCellSyntax> cells) : SyntaxNode
{
    public SyntaxToken SeverityKeyword { get; } = severityKeyword;
    public ImmutableArray<MatrixHeaderCellSyntax> Cells { get; } = cells;

    public override IEnumerable<SyntaxElement> Children => Elements(SeverityKeyword, Cells);
}
