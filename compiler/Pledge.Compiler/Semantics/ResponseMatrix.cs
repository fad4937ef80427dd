using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `matrix { severity | respond | … ; critical | 15 min | … }`. <see cref="Columns"/> holds the header's
/// milestones (null for a word that is not one). Rows whose severity did not resolve are left out.
/// </summary>
public sealed record ResponseMatrix(ImmutableArray<Milestone?> Columns, ImmutableArray<MatrixRow> Rows, MatrixItemSyntax Syntax)
{
    public MatrixRow? RowFor(SeveritySymbol severity) => Rows.FirstOrDefault(r => ReferenceEquals(r.Severity, severity));
}

/// <summary>One severity's deadlines, one cell per column; a null cell is `-` (no commitment).</summary>
public sealed record MatrixRow(SeveritySymbol Severity, ImmutableArray<Deadline?> Cells, MatrixRowSyntax Syntax)
{
    public Deadline? GetCell(int column) => column < Cells.Length ? Cells[column] : null;
}
