using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The arithmetic of `remedy` lines, with every step kept for the report. Caps apply to unrounded amounts; each line
/// is rounded once, at the end (<see cref="Line"/>). Credit tiers are chosen by emitted code (the tiers are
/// constants, tested lowest threshold first), which passes the chosen one to <see cref="Credit"/>.
/// </summary>
public static class RemedyRules
{
    /// <summary>The line as reported: the raw amount rounded once with the contract's rounding.</summary>
    public static RemedyLine Line(string kind, string text, decimal raw, string currency, MoneyRounding rounding, List<RemedyStep> steps)
    {
        var rounded = rounding.Round(raw);
        steps.Add(new RoundedStep(raw, rounded, rounding, currency));
        return new RemedyLine(kind, text, new Money(rounded, currency), [.. steps]);
    }

    /// <summary>A remedy whose parameter did not resolve (a contract with errors, as editors evaluate it): it owes nothing.</summary>
    public static RemedyLine Unresolved(string kind, string text, string currency)
    {
        var step = new RemedyStep("unresolved", "the remedy's parameter is not declared as money: nothing computed", 0m);
        return new RemedyLine(kind, text, Money.Zero(currency), [step]);
    }

    /// <summary>`waive PARAM when breached`.</summary>
    public static decimal Waive(ClauseOutcome outcome, string parameter, Money value, List<RemedyStep> steps)
    {
        if (!outcome.Breached)
        {
            steps.Add(new RemedyStep("not breached", "not breached: nothing waived", 0m));
            return 0m;
        }
        steps.Add(new RemedyStep("waived", ReportSentences.Waived(parameter, value), value.Amount));
        return value.Amount;
    }

    /// <summary>`pay MONEY per breach`: once per period for a breached availability, once per incident with a missed milestone.</summary>
    public static decimal Pay(ClauseOutcome outcome, decimal amountPerBreach, string currency, List<RemedyStep> steps)
    {
        var count = 0;
        if (outcome.AvailabilityBreached)
        {
            count++;
            steps.Add(new RemedyStep("availability breached", "availability breached: 1 breach", 1));
        }
        foreach (var incident in outcome.Incidents)
        {
            if (incident.Excluded is not null || !incident.Milestones.Any(m => m.Status.IsMissed())) continue;
            count++;
            steps.Add(new IncidentBreachStep(incident.Id));
        }
        var amount = count * amountPerBreach;
        steps.Add(new RemedyStep("breaches", ReportSentences.Breaches(count, amountPerBreach, currency, amount), amount));
        return amount;
    }

    /// <summary>
    /// `P% of PARAM per [started|full] (day|hour) late [, cap …]`: once per incident, on its largest lateness.
    /// </summary>
    /// <param name="counting">How the report names the counting: `started`, `full`, or `started (no …written)`.</param>
    /// <param name="cap">The cap's amount (null: no cap), its percent and parameter as written, and its scope.</param>
    public static decimal Penalty(ClauseOutcome outcome, decimal baseValue, decimal percent, bool started, Duration unit, string unitName,
        string counting, PenaltyCap? cap, decimal paidBefore, List<RemedyStep> steps)
    {
        var perUnit = baseValue * percent / 100m;
        var total = 0m;
        var charged = new List<decimal>();
        var unitNs = unit.ToInt64Nanoseconds();
        foreach (var incident in outcome.Incidents)
        {
            if (incident.Excluded is not null) continue;
            MilestoneVerdict? late = null;
            foreach (var m in incident.Milestones)
                if (m.Status.IsMissed() && m.Late is { } l && (late is null || l > late.Late!.Value)) late = m;
            if (late is null) continue;
            // Started units round the lateness up, full units round it down; compared exactly in nanoseconds.
            var lateNs = late.Late!.Value.ToInt64Nanoseconds();
            var units = started ? (lateNs + unitNs - 1) / unitNs : lateNs / unitNs;
            var amount = units * perUnit;
            var uncapped = amount;
            decimal? capped = null;
            if (cap is { Scope: CapKind.PerIncident } perIncident && amount > perIncident.Amount)
            {
                capped = perIncident.Amount;
                amount = perIncident.Amount;
            }
            steps.Add(new LatePenaltyStep(incident.Id, late, units, counting, unitName, percent, baseValue, uncapped, capped, amount));
            charged.Add(amount);
            total += amount;
        }
        if (charged.Count == 0)
        {
            steps.Add(new RemedyStep("no lateness", "no milestone missed: no penalty", 0m));
            return 0m;
        }
        if (charged.Count > 1)
            steps.Add(new SumStep(charged, total));
        if (cap is { } c && c.Scope != CapKind.PerIncident)
        {
            decimal? paid = c.Scope == CapKind.InTotal ? paidBefore : null;
            var limit = paid is { } before ? Math.Max(0m, c.Amount - before) : c.Amount;
            var reached = total > limit;
            if (reached) total = limit;
            steps.Add(new RemedyStep("cap", ReportSentences.PenaltyCap(c.Percent, c.Parameter, c.Amount, c.ScopeText, paid, limit, total, reached), total));
        }
        return total;
    }

    /// <summary>The step when a credit cannot be computed because the clause measures no availability.</summary>
    public static decimal NoAvailability(List<RemedyStep> steps)
    {
        steps.Add(new RemedyStep("no availability", "the clause measures no availability: no credit", 0m));
        return 0m;
    }

    /// <summary>The step when the availability matches no credit tier.</summary>
    public static decimal NoTier(decimal availability, List<RemedyStep> steps)
    {
        steps.Add(new RemedyStep("no tier", ReportSentences.NoTier(availability), 0m));
        return 0m;
    }

    /// <summary>`credit PARAM by availability { … } [, cap C% of PARAM …]` once the matching tier is known.</summary>
    public static decimal Credit(decimal availability, decimal baseValue, bool inclusive, decimal threshold, decimal credit,
        PenaltyCap? cap, decimal paidBefore, List<RemedyStep> steps)
    {
        var amount = baseValue * credit / 100m;
        steps.Add(new RemedyStep("tier", ReportSentences.CreditTier(availability, inclusive, threshold, credit, baseValue, amount), amount));
        if (cap is { } c)
        {
            // A credit is owed once per period, so a cap per incident or per period is the same; in total, what was paid counts.
            var limit = c.Amount;
            if (c.Scope == CapKind.InTotal) limit = Math.Max(0m, limit - paidBefore);
            if (amount > limit)
            {
                amount = limit;
                steps.Add(new RemedyStep("cap", ReportSentences.CreditCap(c.Percent, c.Parameter, limit, amount, reached: true), amount));
            }
            else
            {
                steps.Add(new RemedyStep("cap", ReportSentences.CreditCap(c.Percent, c.Parameter, limit, amount, reached: false), amount));
            }
        }
        return amount;
    }
}

/// <summary>The scope of a remedy's cap.</summary>
public enum CapKind
{
    PerIncident,
    PerPeriod,
    InTotal,
}

/// <summary>A cap as evaluated: its amount (C% of the parameter's value), C and the parameter as written, its scope and how the report names it.</summary>
public sealed record PenaltyCap(decimal Amount, decimal Percent, string Parameter, CapKind Scope, string ScopeText);
