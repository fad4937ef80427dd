using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>A warranty coverage: one option, or alternatives joined by `or` (at the provider's option when said).</summary>
public sealed record Coverage(ImmutableArray<CoverageOption> Options, bool AtProviderOption, CoverageSyntax Syntax);

/// <summary>`free repair`, `paid repair TEXT`, `repair up to P% of PARAM`, `replace`, `refund`.</summary>
public sealed record CoverageOption(CoverageKind Kind, decimal? Percent, ParameterSymbol? Parameter, LocalizedText? Note, CoverageOptionSyntax Syntax);

public enum CoverageKind
{
    FreeRepair,
    PaidRepair,
    RepairUpTo,
    /// <summary>`repair` with no qualifier.</summary>
    Repair,
    Replace,
    Refund,
}
