using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`claim within 30 days after period end | after breach`.</summary>
public sealed record ClaimWindow(WrittenDuration Window, ClaimStart Start, ClaimItemSyntax Syntax);

public enum ClaimStart
{
    PeriodEnd,
    Breach,
}
