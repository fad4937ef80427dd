using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>Every warranty item is rendered by the `warranty` partial.</summary>
public abstract record WarrantyItem : DocumentItem
{
    public override string Family => "warranty";
}

/// <summary>
/// `duration 1 year from completion`: from a date parameter (<see cref="StartParameter"/>) or a fixed date
/// (<see cref="StartDate"/>, in which case <see cref="LastDay"/> is computed by <see cref="WarrantyPeriod"/>).
/// </summary>
public sealed record WarrantyDurationItem(DurationValue Duration, LocalizedText? StartParameter, DateOnly? StartDate, DateOnly? LastDay) : WarrantyItem
{
    public override string Kind => "warranty-duration";
}

/// <summary>`covers NAME TEXT : COVERAGE`, all of a warranty's covered items in one table.</summary>
public sealed record WarrantyCoversItem(ImmutableArray<CoveredItemValue> Items) : WarrantyItem
{
    public override string Kind => "warranty-covers";
}

public sealed record CoveredItemValue(string Name, LocalizedText Title, CoverageValue Coverage);

/// <summary>A coverage: options joined by `or`, at the provider's option when said.</summary>
public sealed record CoverageValue(ImmutableArray<CoverageOptionValue> Options, bool AtProviderOption);

public sealed record CoverageOptionValue(CoverageKind Kind, PercentValue? Percent, LocalizedText? Parameter, LocalizedText? Note);

/// <summary>`excludes "…"` and `excludes causes …`, in one list.</summary>
public sealed record WarrantyExcludesItem(ImmutableArray<LocalizedText> Texts, ImmutableArray<LocalizedText> Causes) : WarrantyItem
{
    public override string Kind => "warranty-excludes";
}

/// <summary>`outside scope : COVERAGE`.</summary>
public sealed record WarrantyOutsideItem(CoverageValue Coverage) : WarrantyItem
{
    public override string Kind => "warranty-outside";
}

/// <summary>`replacement covered for the remainder or D, whichever is longer`.</summary>
public sealed record WarrantyReplacementItem(DurationValue Minimum) : WarrantyItem
{
    public override string Kind => "warranty-replacement";
}
