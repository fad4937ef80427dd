using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`respond within 2 h after reported [on CALENDAR]` or `resolve by next business day`.</summary>
public sealed record Commitment(Milestone Milestone, Deadline Deadline, IncidentEvent Anchor, CommitmentItemSyntax Syntax);
