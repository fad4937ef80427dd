using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`availability 99.9% per month`; <see cref="Period"/> is null when missing (reported as ambiguous).</summary>
public sealed record AvailabilityCommitment(decimal Percent, PeriodUnit? Period, AvailabilityItemSyntax Syntax);
