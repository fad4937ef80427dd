using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>
/// A deadline as the document states it: a duration (<see cref="Duration"/>) or the close of the N-th
/// business day (<see cref="CloseOfBusinessDay"/>), on the clause's clock or on <see cref="On"/>.
/// </summary>
public sealed record DocumentDeadline(DurationValue? Duration, int? CloseOfBusinessDay, LocalizedText? On);

/// <summary>A response matrix: one column per milestone (with the event it runs from), one row per severity.</summary>
public sealed record MatrixItem(ImmutableArray<MatrixColumn> Columns, ImmutableArray<MatrixSeverityRow> Rows) : DocumentItem
{
    public override string Kind => "matrix";
}

public sealed record MatrixColumn(Milestone Milestone, IncidentEvent From);

/// <summary>A null cell is `-`: no commitment.</summary>
public sealed record MatrixSeverityRow(string Severity, LocalizedText Title, LocalizedText? Description, ImmutableArray<DocumentDeadline?> Cells);

/// <summary>`respond within 2 h after reported`, `resolve by next business day`.</summary>
public sealed record CommitmentItem(Milestone Milestone, DocumentDeadline Deadline, IncidentEvent From) : DocumentItem
{
    public override string Kind => "commitment";
}

/// <summary>`arrive by distance { … }`: tiers nearest first as written; <see cref="DistanceTierRow.UpTo"/> null for `beyond`.</summary>
public sealed record DistanceItem(Milestone Milestone, ImmutableArray<DistanceTierRow> Tiers) : DocumentItem
{
    public override string Kind => "distance";
}

/// <summary>A null <see cref="Deadline"/> is `-`: no commitment (by agreement).</summary>
public sealed record DistanceTierRow(DistanceValue? UpTo, DistanceValue? Beyond, DocumentDeadline? Deadline);
