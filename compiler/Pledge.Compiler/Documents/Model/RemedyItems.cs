using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>Every remedy is rendered by the `remedy` partial. <see cref="Period"/> is the clause's availability period, if any.</summary>
public abstract record RemedyItem(PeriodUnit? Period) : DocumentItem
{
    public override string Family => "remedy";
}

/// <summary>`waive PARAM when breached`.</summary>
public sealed record WaiveRemedyItem(LocalizedText? Parameter, PeriodUnit? Period) : RemedyItem(Period)
{
    public override string Kind => "remedy-waive";
}

/// <summary>`, cap C% of PARAM per incident | per period | in total` (a null scope as written: unstated).</summary>
public sealed record CapValue(PercentValue Percent, LocalizedText? Parameter, CapScope? Scope);

/// <summary>`P% of PARAM per started|full day|hour late [, cap …]`.</summary>
public sealed record PenaltyRemedyItem(PercentValue Percent, LocalizedText? Parameter, LatenessCounting? Counting, LatenessUnit Unit, CapValue? Cap, PeriodUnit? Period)
    : RemedyItem(Period)
{
    public override string Kind => "remedy-penalty";
}

/// <summary>`credit PARAM by availability { below X% : P% … } [, cap …]`: rows as written.</summary>
public sealed record CreditRemedyItem(LocalizedText? Parameter, ImmutableArray<CreditRow> Rows, CapValue? Cap, PeriodUnit? Period) : RemedyItem(Period)
{
    public override string Kind => "remedy-credit";
}

public sealed record CreditRow(bool Inclusive, PercentValue Threshold, PercentValue Credit);

/// <summary>`pay 1000 CNY per breach`.</summary>
public sealed record PayRemedyItem(MoneyValue Amount, PeriodUnit? Period) : RemedyItem(Period)
{
    public override string Kind => "remedy-pay";
}

/// <summary>`claim within 30 days after period end | after breach`.</summary>
public sealed record ClaimItem(DurationValue Within, ClaimStart From, PeriodUnit? Period) : DocumentItem
{
    public override string Kind => "claim";
}
