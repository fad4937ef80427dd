using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Emit;

/// <summary>
/// Each `remedy` line as a block that computes its raw amount from constants (percentages, units, tiers, caps) and
/// the customer's parameter values, then rounds it once (<c>RemedyRules.Line</c>). Credit tiers are tested lowest
/// threshold first, each with its own operator, so the first that matches is the one LANGUAGE.md §5 picks.
/// </summary>
internal static class RemedyEmitter
{
    public static void Write(CodeWriter w, Remedy remedy, ClauseSymbol clause)
    {
        var text = DeadlineFacts.Text(remedy.Syntax);
        if (text.StartsWith("remedy ", StringComparison.Ordinal)) text = text["remedy ".Length..];
        text = CSharpText.String(text.Replace(" ,", ",", StringComparison.Ordinal));
        var clauseName = CSharpText.String(clause.Name);
        if (remedy is WaiveRemedy { Parameter: null } or PenaltyRemedy { Parameter: null } or CreditRemedy { Parameter: null })
        {
            var kind = remedy switch { WaiveRemedy => "waive", PenaltyRemedy => "penalty", _ => "credit" };
            w.Line($"remedies.Add(RemedyRules.Unresolved({CSharpText.String(kind)}, {text}, run.Currency));");
            return;
        }
        w.Block(() =>
        {
            w.Line("var steps = new List<RemedyStep>();");
            switch (remedy)
            {
                case WaiveRemedy waive:
                    w.Line($"var value = run.MoneyOf({Parameter(waive.Parameter)});");
                    w.Line($"var raw = RemedyRules.Waive(outcome, {Parameter(waive.Parameter)}, value, steps);");
                    w.Line($"remedies.Add(RemedyRules.Line(\"waive\", {text}, raw, value.Currency, run.Rounding, steps));");
                    break;
                case PenaltyRemedy penalty:
                    w.Line($"var value = run.MoneyOf({Parameter(penalty.Parameter)});");
                    WriteCap(w, penalty.Cap);
                    var started = penalty.Counting != LatenessCounting.Full;
                    var counting = penalty.Counting is null ? "started (no `started`/`full` written)" : started ? "started" : "full";
                    var unit = penalty.Unit == LatenessUnit.Hour ? "Duration.FromHours(1)" : "Duration.FromDays(1)";
                    var unitName = penalty.Unit == LatenessUnit.Hour ? "hour" : "day";
                    w.Line($"var raw = RemedyRules.Penalty(outcome, value.Amount, {CSharpText.Decimal(penalty.Percent)}, {CSharpText.Bool(started)}, {unit}, " +
                           $"{CSharpText.String(unitName)}, {CSharpText.String(counting)}, cap, run.PaidBefore({clauseName}), steps);");
                    w.Line($"remedies.Add(RemedyRules.Line(\"penalty\", {text}, raw, value.Currency, run.Rounding, steps));");
                    break;
                case CreditRemedy credit:
                    w.Line($"var value = run.MoneyOf({Parameter(credit.Parameter)});");
                    w.Line("decimal raw;");
                    w.Line("if (outcome.Availability is not { } availability) raw = RemedyRules.NoAvailability(steps);");
                    w.Line("else");
                    w.Block(() =>
                    {
                        WriteCap(w, credit.Cap);
                        var tiers = credit.Tiers.OrderBy(t => t.Threshold).ToList();
                        for (var i = 0; i < tiers.Count; i++)
                        {
                            var t = tiers[i];
                            w.Line($"{(i == 0 ? "if" : "else if")} (availability {(t.Inclusive ? "<=" : "<")} {CSharpText.Decimal(t.Threshold)})");
                            w.Line($"    raw = RemedyRules.Credit(availability, value.Amount, {CSharpText.Bool(t.Inclusive)}, {CSharpText.Decimal(t.Threshold)}, " +
                                   $"{CSharpText.Decimal(t.Credit)}, cap, run.PaidBefore({clauseName}), steps);");
                        }
                        w.Line(tiers.Count == 0 ? "raw = RemedyRules.NoTier(availability, steps);" : "else raw = RemedyRules.NoTier(availability, steps);");
                    });
                    w.Line($"remedies.Add(RemedyRules.Line(\"credit\", {text}, raw, value.Currency, run.Rounding, steps));");
                    break;
                case PayRemedy pay:
                    w.Line($"var raw = RemedyRules.Pay(outcome, {CSharpText.Decimal(pay.Amount)}, {CSharpText.String(pay.Currency)}, steps);");
                    w.Line($"remedies.Add(RemedyRules.Line(\"pay\", {text}, raw, {CSharpText.String(pay.Currency)}, run.Rounding, steps));");
                    break;
                default:
                    w.Line($"remedies.Add(RemedyRules.Line(\"unknown\", {text}, 0m, run.Currency, run.Rounding, steps));");
                    break;
            }
        });
    }

    /// <summary>The money parameters a remedy takes shares of (each must be given at evaluation).</summary>
    public static IEnumerable<ParameterSymbol> Needed(Remedy remedy) => remedy switch
    {
        WaiveRemedy { Parameter: { } p } => [p],
        PenaltyRemedy p => new[] { p.Parameter, p.Cap?.Parameter }.OfType<ParameterSymbol>(),
        CreditRemedy c => new[] { c.Parameter, c.Cap?.Parameter }.OfType<ParameterSymbol>(),
        _ => [],
    };

    /// <summary>A cap `in total` uses up what later periods of the same evaluation may still pay.</summary>
    public static bool CapInTotal(Remedy remedy) => remedy switch
    {
        PenaltyRemedy { Cap.Scope: CapScope.InTotal } => true,
        CreditRemedy { Cap.Scope: CapScope.InTotal } => true,
        _ => false,
    };

    /// <summary>`PenaltyCap? cap = …;`: C% of the parameter's value, with the scope as the report names it (none without a parameter).</summary>
    private static void WriteCap(CodeWriter w, RemedyCap? cap)
    {
        if (cap is not { Parameter: { } parameter })
        {
            w.Line("PenaltyCap? cap = null;");
            return;
        }
        var scope = cap.Scope ?? CapScope.PerPeriod;
        var scopeText = cap.Scope is null ? "per period (no scope written)" : scope == CapScope.InTotal ? "in total" : "per period";
        var name = CSharpText.String(parameter.Name);
        w.Line($"PenaltyCap? cap = new PenaltyCap(run.MoneyOf({name}).Amount * {CSharpText.Decimal(cap.Percent)} / 100m, {CSharpText.Decimal(cap.Percent)}, {name}, " +
               $"CapKind.{scope}, {CSharpText.String(scopeText)});");
    }

    private static string Parameter(ParameterSymbol? parameter) =>
        CSharpText.String(parameter!.Name);
}
