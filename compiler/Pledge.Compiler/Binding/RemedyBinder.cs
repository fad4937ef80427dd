using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds `remedy …` lines; every amount is a share of a money parameter (PLG2010 otherwise).</summary>
internal static class RemedyBinder
{
    public static Remedy? Bind(NameResolver names, RemedySyntax syntax) => syntax switch
    {
        WaiveRemedySyntax w => new WaiveRemedy(names.ResolveParameter(w.Parameter, ParameterType.Money, "waive"), w),
        PenaltyRemedySyntax p => new PenaltyRemedy(
            SyntaxValues.Decimal(p.Percentage),
            names.ResolveParameter(p.Parameter, ParameterType.Money, $"{p.Percentage.Text} of"),
            p.Counting?.Text switch { "started" => LatenessCounting.Started, "full" => LatenessCounting.Full, _ => null },
            p.Unit.Text.StartsWith("hour", StringComparison.Ordinal) ? LatenessUnit.Hour : LatenessUnit.Day,
            Cap(names, p.Cap),
            p),
        CreditRemedySyntax c => new CreditRemedy(
            names.ResolveParameter(c.Parameter, ParameterType.Money, "credit"),
            [.. c.Tiers.OfType<CreditTierSyntax>().Select(t => new CreditTier(
                SyntaxValues.Words(t.Operator) != "below", SyntaxValues.Decimal(t.Threshold), SyntaxValues.Decimal(t.Credit), t))],
            Cap(names, c.Cap),
            c),
        PayRemedySyntax p => Pay(names, p),
        _ => null,
    };

    private static PayRemedy Pay(NameResolver names, PayRemedySyntax syntax)
    {
        var currency = syntax.Amount.Currency;
        SettingsBinder.CheckCurrency(names.File, currency);
        return new PayRemedy(SyntaxValues.Decimal(syntax.Amount.Number), currency.Text, syntax);
    }

    private static RemedyCap? Cap(NameResolver names, CapSyntax? syntax) => syntax is null
        ? null
        : new RemedyCap(
            SyntaxValues.Decimal(syntax.Percentage),
            names.ResolveParameter(syntax.Parameter, ParameterType.Money, "cap"),
            SyntaxValues.Words(syntax.Scope) switch
            {
                "per incident" => CapScope.PerIncident,
                "per period" => CapScope.PerPeriod,
                "in total" => CapScope.InTotal,
                _ => null,
            },
            syntax);
}
