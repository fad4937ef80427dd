using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `clause NAME TEXT { … }` with its items bound. Items that may appear once hold the first one
/// (a second is reported); lists keep source order. Names that did not resolve are left out or null.
/// </summary>
public sealed class ClauseSymbol(string name, LocalizedText title, ClauseDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Clause;
    public LocalizedText Title { get; } = title;
    public new ClauseDeclarationSyntax Syntax { get; } = syntax;

    public ImmutableArray<Definition> Definitions { get; internal set; } = [];
    public ImmutableArray<LocalizedText> Texts { get; internal set; } = [];

    public AvailabilityCommitment? Availability { get; internal set; }
    public DowntimeAllowance? MaxDowntime { get; internal set; }
    public DowntimeBounds Downtime { get; internal set; } = DowntimeBounds.Default;

    /// <summary>Causes named by `exclude causes` (top-level exclusions are on the model, not here).</summary>
    public ImmutableArray<CauseSymbol> ExcludedCauses { get; internal set; } = [];
    public WrittenDuration? UnreportedAfter { get; internal set; }
    public ImmutableArray<PlannedExclusion> PlannedExclusions { get; internal set; } = [];
    public WrittenDuration? IgnoreOutagesShorterThan { get; internal set; }

    /// <summary>The calendar of `clock CALENDAR`, or null for `24x7` (the default).</summary>
    public CalendarSymbol? Clock { get; internal set; }

    public ResponseMatrix? Matrix { get; internal set; }
    public ImmutableArray<Commitment> Commitments { get; internal set; } = [];
    public ImmutableArray<DistanceCommitment> DistanceCommitments { get; internal set; } = [];
    public ImmutableArray<MilestoneAnchor> Anchors { get; internal set; } = [];

    public ImmutableArray<Remedy> Remedies { get; internal set; } = [];
    public ClaimWindow? Claim { get; internal set; }

    /// <summary>The event a matrix column for <paramref name="milestone"/> runs from: `reported` unless re-anchored.</summary>
    public IncidentEvent AnchorOf(Milestone milestone) =>
        Anchors.FirstOrDefault(a => a.Milestone == milestone)?.Event ?? IncidentEvent.Reported;

    /// <summary>True when the clause commits any milestone (matrix, single or distance commitment).</summary>
    public bool HasMilestones => Matrix is { Columns.Length: > 0 } || !Commitments.IsEmpty || !DistanceCommitments.IsEmpty;
}
