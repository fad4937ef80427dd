using System.Collections.Immutable;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// What each `remedy` line of a clause owes in one period. Caps apply to unrounded amounts; each line is rounded
/// once, at the end, with the contract's rounding. Every step of the arithmetic is kept for the report.
/// </summary>
internal static class RemedyCalculator
{
    public static RemedyLine Compute(Remedy remedy, ClauseSymbol clause, ClauseOutcome outcome, ContractContext context)
    {
        var steps = new List<RemedyStep>();
        // A contract with binding errors can still be handed to the interpreter (editors do): a remedy whose
        // parameter did not resolve owes nothing rather than crashing the whole evaluation.
        if (remedy is WaiveRemedy { Parameter: null } or PenaltyRemedy { Parameter: null } or CreditRemedy { Parameter: null })
        {
            steps.Add(new RemedyStep("unresolved", "the remedy's parameter is not declared as money: nothing computed", 0m));
            return new RemedyLine(KindOf(remedy), TextOf(remedy), Money.Zero(context.Currency), [.. steps]);
        }
        var (kind, raw, currency) = remedy switch
        {
            WaiveRemedy w => ("waive", Waive(w, outcome, context, steps), CurrencyOf(w.Parameter, context)),
            PenaltyRemedy p => ("penalty", Penalty(p, clause, outcome, context, steps), CurrencyOf(p.Parameter, context)),
            CreditRemedy c => ("credit", Credit(c, clause, outcome, context, steps), CurrencyOf(c.Parameter, context)),
            PayRemedy p => ("pay", Pay(p, outcome, steps), p.Currency),
            _ => ("unknown", 0m, context.Currency),
        };
        var rounded = context.Rounding.Round(raw);
        steps.Add(new RemedyStep("rounded", ReportSentences.Rounded(raw, rounded, context.Rounding, currency), rounded));
        return new RemedyLine(kind, TextOf(remedy), new Money(rounded, currency), [.. steps]);
    }

    private static string KindOf(Remedy remedy) => remedy switch
    {
        WaiveRemedy => "waive",
        PenaltyRemedy => "penalty",
        CreditRemedy => "credit",
        _ => "pay",
    };

    /// <summary>The line as written, without the `remedy` keyword: `waive monthly_fee when breached`.</summary>
    private static string TextOf(Remedy remedy)
    {
        var text = DeadlineFacts.Text(remedy.Syntax);
        if (text.StartsWith("remedy ", StringComparison.Ordinal)) text = text["remedy ".Length..];
        return text.Replace(" ,", ",", StringComparison.Ordinal);
    }

    private static string CurrencyOf(ParameterSymbol? parameter, ContractContext context) =>
        parameter is null ? context.Currency : ParameterValues.MoneyOf(parameter, context.Input).Currency;

    private static decimal Waive(WaiveRemedy remedy, ClauseOutcome outcome, ContractContext context, List<RemedyStep> steps)
    {
        var value = ParameterValues.MoneyOf(remedy.Parameter!, context.Input);
        if (!outcome.Breached)
        {
            steps.Add(new RemedyStep("not breached", "not breached: nothing waived", 0m));
            return 0m;
        }
        steps.Add(new RemedyStep("waived", ReportSentences.Waived(remedy.Parameter!.Name, value), value.Amount));
        return value.Amount;
    }

    private static decimal Pay(PayRemedy remedy, ClauseOutcome outcome, List<RemedyStep> steps)
    {
        var count = 0;
        if (outcome.AvailabilityBreached)
        {
            count++;
            steps.Add(new RemedyStep("availability breached", "availability breached: 1 breach", 1));
        }
        foreach (var incident in outcome.Incidents.Where(i => i.Excluded is null && i.Milestones.Any(m => m.Status.IsMissed())))
        {
            count++;
            steps.Add(new RemedyStep(ReportSentences.IncidentLabel(incident.Id), ReportSentences.IncidentBreach(incident.Id), 1));
        }
        var amount = count * remedy.Amount;
        steps.Add(new RemedyStep("breaches", ReportSentences.Breaches(count, remedy.Amount, remedy.Currency, amount), amount));
        return amount;
    }

    private static decimal Penalty(PenaltyRemedy remedy, ClauseSymbol clause, ClauseOutcome outcome, ContractContext context, List<RemedyStep> steps)
    {
        var baseValue = ParameterValues.MoneyOf(remedy.Parameter!, context.Input).Amount;
        var perUnit = baseValue * remedy.Percent / 100m;
        var started = remedy.Counting != LatenessCounting.Full;
        var unit = remedy.Unit == LatenessUnit.Hour ? NodaTime.Duration.FromHours(1) : NodaTime.Duration.FromDays(1);
        var unitName = remedy.Unit == LatenessUnit.Hour ? "hour" : "day";
        var counting = remedy.Counting is null ? "started (no `started`/`full` written)" : started ? "started" : "full";
        var capAmount = remedy.Cap is { Parameter: { } capParameter } cap
            ? ParameterValues.MoneyOf(capParameter, context.Input).Amount * cap.Percent / 100m
            : (decimal?)null;
        var scope = remedy.Cap?.Scope ?? CapScope.PerPeriod;

        var total = 0m;
        var charged = new List<decimal>();
        foreach (var incident in outcome.Incidents.Where(i => i.Excluded is null))
        {
            var late = incident.Milestones.Where(m => m.Status.IsMissed() && m.Late is not null).OrderByDescending(m => m.Late!.Value).FirstOrDefault();
            if (late is null) continue;
            // Started units round the lateness up, full units round it down; compared exactly in nanoseconds.
            var lateNs = late.Late!.Value.ToInt64Nanoseconds();
            var unitNs = unit.ToInt64Nanoseconds();
            var units = started ? (lateNs + unitNs - 1) / unitNs : lateNs / unitNs;
            var amount = units * perUnit;
            var uncapped = amount;
            decimal? cappedAt = null;
            if (capAmount is { } perIncident && scope == CapScope.PerIncident && amount > perIncident)
            {
                cappedAt = perIncident;
                amount = perIncident;
            }
            var expression = ReportSentences.LatePenalty(incident.Id, late, units, counting, unitName, remedy.Percent, baseValue, uncapped, cappedAt);
            steps.Add(new RemedyStep(ReportSentences.IncidentLabel(incident.Id), expression, amount));
            charged.Add(amount);
            total += amount;
        }
        if (charged.Count == 0)
        {
            steps.Add(new RemedyStep("no lateness", "no milestone missed: no penalty", 0m));
            return 0m;
        }
        if (charged.Count > 1)
            steps.Add(new RemedyStep("sum", ReportSentences.Sum(charged, total), total));
        if (capAmount is { } capValue && scope != CapScope.PerIncident)
        {
            var scopeText = remedy.Cap!.Scope is null ? "per period (no scope written)" : scope == CapScope.InTotal ? "in total" : "per period";
            decimal? paid = scope == CapScope.InTotal ? context.PaidBefore(clause.Name) : null;
            var limit = paid is { } before ? Math.Max(0m, capValue - before) : capValue;
            var reached = total > limit;
            if (reached) total = limit;
            steps.Add(new RemedyStep("cap", ReportSentences.PenaltyCap(remedy.Cap.Percent, remedy.Cap.Parameter!.Name, capValue, scopeText, paid, limit, total, reached), total));
        }
        return total;
    }

    private static decimal Credit(CreditRemedy remedy, ClauseSymbol clause, ClauseOutcome outcome, ContractContext context, List<RemedyStep> steps)
    {
        var baseValue = ParameterValues.MoneyOf(remedy.Parameter!, context.Input).Amount;
        if (outcome.Availability is not { } availability)
        {
            steps.Add(new RemedyStep("no availability", "the clause measures no availability: no credit", 0m));
            return 0m;
        }
        // Each row matches by its own operator; among the matching rows the lowest threshold wins.
        var tier = remedy.Tiers.Where(t => t.Matches(availability)).OrderBy(t => t.Threshold).FirstOrDefault();
        if (tier is null)
        {
            steps.Add(new RemedyStep("no tier", ReportSentences.NoTier(availability), 0m));
            return 0m;
        }
        var amount = baseValue * tier.Credit / 100m;
        steps.Add(new RemedyStep("tier", ReportSentences.CreditTier(availability, tier.Inclusive, tier.Threshold, tier.Credit, baseValue, amount), amount));
        if (remedy.Cap is { Parameter: { } capParameter } cap)
        {
            // A credit is owed once per period, so a cap per incident or per period is the same; in total, what was paid counts.
            var limit = ParameterValues.MoneyOf(capParameter, context.Input).Amount * cap.Percent / 100m;
            if (cap.Scope == CapScope.InTotal) limit = Math.Max(0m, limit - context.PaidBefore(clause.Name));
            if (amount > limit)
            {
                amount = limit;
                steps.Add(new RemedyStep("cap", ReportSentences.CreditCap(cap.Percent, capParameter.Name, limit, amount, reached: true), amount));
            }
            else
            {
                steps.Add(new RemedyStep("cap", ReportSentences.CreditCap(cap.Percent, capParameter.Name, limit, amount, reached: false), amount));
            }
        }
        return amount;
    }
}
