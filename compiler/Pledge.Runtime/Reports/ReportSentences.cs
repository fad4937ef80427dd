using Pledge.Runtime.Amounts;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Reports;

/// <summary>
/// The sentences of a report that carry numbers: remedy steps and breach reasons. Written in one place so that the
/// reference interpreter (which writes them at once) and the compiled evaluators (which write them when a report is
/// first read) cannot drift apart in wording; the differential tests then check the numbers, not the spelling.
/// </summary>
public static class ReportSentences
{
    public static string IncidentLabel(string incidentId) => $"incident {incidentId}";

    public static string Waived(string parameter, Money value) => $"breached: {parameter} {value} waived";

    public static string IncidentBreach(string incidentId) => $"incident {incidentId} missed a milestone: 1 breach";

    public static string Breaches(int count, decimal perBreach, string currency, decimal amount) =>
        $"{count} breach{(count == 1 ? "" : "es")} × {DecimalText.Format(perBreach)} {currency} = {DecimalText.Format(amount)}";

    /// <summary>`incident X: restore late 2 h = 1 started day × 0.25% of 100000 = 250[, capped at 200 per incident]`.</summary>
    public static string LatePenalty(string incidentId, MilestoneVerdict late, long units, string counting, string unitName,
        decimal percent, decimal baseValue, decimal amount, decimal? cappedAt)
    {
        var sentence = $"incident {incidentId}: {late.Milestone} late {Minutes.Describe(late.Late!.Value)} = {units} {counting} {unitName}{(units == 1 ? "" : "s")} × " +
                       $"{DecimalText.Percent(percent)} of {DecimalText.Format(baseValue)} = {DecimalText.Format(amount)}";
        return cappedAt is { } cap ? sentence + $", capped at {DecimalText.Format(cap)} per incident" : sentence;
    }

    public static string Sum(IEnumerable<decimal> terms, decimal total) => $"{string.Join(" + ", terms.Select(DecimalText.Format))} = {DecimalText.Format(total)}";

    /// <summary>`cap 5% of value = 5000 in total[, 4500 already paid, 500 left]: 500` (or `: not reached`).</summary>
    public static string PenaltyCap(decimal percent, string parameter, decimal capValue, string scopeText, decimal? paidBefore, decimal limit, decimal total, bool reached)
    {
        var sentence = $"cap {DecimalText.Percent(percent)} of {parameter} = {DecimalText.Format(capValue)} {scopeText}";
        if (paidBefore is { } paid) sentence += $", {DecimalText.Format(paid)} already paid, {DecimalText.Format(limit)} left";
        return reached ? $"{sentence}: {DecimalText.Format(total)}" : $"{sentence}: not reached";
    }

    public static string NoTier(decimal availability) => $"availability {DecimalText.Format(availability)}% matches no credit tier: no credit";

    public static string CreditTier(decimal availability, bool inclusive, decimal threshold, decimal credit, decimal baseValue, decimal amount) =>
        $"availability {DecimalText.Format(availability)}% is {(inclusive ? "at or below" : "below")} {DecimalText.Percent(threshold)}: " +
        $"{DecimalText.Percent(credit)} of {DecimalText.Format(baseValue)} = {DecimalText.Format(amount)}";

    /// <summary>`cap 50% of fee = 500: 500` (or `: not reached`).</summary>
    public static string CreditCap(decimal percent, string parameter, decimal limit, decimal amount, bool reached) =>
        $"cap {DecimalText.Percent(percent)} of {parameter} = {DecimalText.Format(limit)}: {(reached ? DecimalText.Format(amount) : "not reached")}";

    public static string Rounded(decimal raw, decimal rounded, MoneyRounding rounding, string currency) =>
        $"{DecimalText.Format(raw)} rounded {rounding.Describe()} = {DecimalText.Fixed(rounded, rounding.Decimals)} {currency}";

    public static string AvailabilityBelow(decimal availability, decimal committed) =>
        $"availability {DecimalText.Format(decimal.Round(availability, 4))}% is below the committed {DecimalText.Percent(committed)}";

    public static string DowntimeExceeds(NodaTime.Duration downtime, string maximum) => $"downtime {Minutes.Describe(downtime)} exceeds the maximum of {maximum}";

    /// <summary>`INC-7: respond missed, late 25 min` (or `still open`).</summary>
    public static string MissedMilestone(string incidentId, MilestoneVerdict milestone) =>
        $"{incidentId}: {milestone.Milestone} {(milestone.Status == MilestoneStatus.Open ? "still open" : "missed")}, late {Minutes.Describe(milestone.Late!.Value)}";
}
