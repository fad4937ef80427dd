using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>A `remedy …` line: what is owed when the clause is broken. Parameters that did not resolve are null.</summary>
public abstract record Remedy(RemedySyntax Syntax);

/// <summary>`waive PARAM when breached`: the whole amount of the parameter.</summary>
public sealed record WaiveRemedy(ParameterSymbol? Parameter, WaiveRemedySyntax Syntax) : Remedy(Syntax)
{
    public new WaiveRemedySyntax Syntax { get; } = Syntax;
}

/// <summary>`P% of PARAM per [started|full] (day|hour) late [, cap …]`, charged once per incident on its largest lateness.</summary>
public sealed record PenaltyRemedy(
    decimal Percent,
    ParameterSymbol? Parameter,
    LatenessCounting? Counting,
    LatenessUnit Unit,
    RemedyCap? Cap,
    PenaltyRemedySyntax Syntax) : Remedy(Syntax)
{
    public new PenaltyRemedySyntax Syntax { get; } = Syntax;
}

/// <summary>`credit PARAM by availability { … } [, cap …]`.</summary>
public sealed record CreditRemedy(ParameterSymbol? Parameter, ImmutableArray<CreditTier> Tiers, RemedyCap? Cap, CreditRemedySyntax Syntax) : Remedy(Syntax)
{
    public new CreditRemedySyntax Syntax { get; } = Syntax;
}

/// <summary>`below 99.95% : 10%` (strict) or `at or below 99.0% : 25%` (inclusive).</summary>
public sealed record CreditTier(bool Inclusive, decimal Threshold, decimal Credit, CreditTierSyntax Syntax)
{
    public bool Matches(decimal availabilityPercent) => Inclusive ? availabilityPercent <= Threshold : availabilityPercent < Threshold;
}

/// <summary>`pay MONEY per breach`.</summary>
public sealed record PayRemedy(decimal Amount, string Currency, PayRemedySyntax Syntax) : Remedy(Syntax)
{
    public new PayRemedySyntax Syntax { get; } = Syntax;
}

/// <summary>`, cap C% of PARAM [per incident | per period | in total]`; a null scope is reported as ambiguous.</summary>
public sealed record RemedyCap(decimal Percent, ParameterSymbol? Parameter, CapScope? Scope, CapSyntax Syntax);

public enum CapScope
{
    PerIncident,
    PerPeriod,
    InTotal,
}

/// <summary>`started` units round lateness up, `full` units round it down.</summary>
public enum LatenessCounting
{
    Started,
    Full,
}

public enum LatenessUnit
{
    Day,
    Hour,
}
