using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`arrive after acknowledged`: the matrix column of this milestone runs from another event.</summary>
public sealed record MilestoneAnchor(Milestone Milestone, IncidentEvent Event, MilestoneAnchorItemSyntax Syntax);
