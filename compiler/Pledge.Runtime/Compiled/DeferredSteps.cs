using Pledge.Runtime.Amounts;
using Pledge.Runtime.Reports;

namespace Pledge.Runtime.Compiled;

// The remedy steps compiled evaluators make once per incident (or once per line), keeping their numbers and writing
// their text only when a report is read, with the sentences the reference interpreter writes at once
// (ReportSentences).

/// <summary>`incident X missed a milestone: 1 breach` (`pay … per breach`).</summary>
internal sealed class IncidentBreachStep(string incidentId) : RemedyStep(1)
{
    protected override string WriteLabel() => ReportSentences.IncidentLabel(incidentId);
    protected override string WriteExpression() => ReportSentences.IncidentBreach(incidentId);
}

/// <summary>`incident X: restore late 2 h 5 min = 1 started day × 0.25% of 100000 = 250, capped at …`.</summary>
internal sealed class LatePenaltyStep(
    string incidentId, MilestoneVerdict late, long units, string counting, string unitName, decimal percent, decimal baseValue,
    decimal uncapped, decimal? perIncidentCap, decimal value) : RemedyStep(value)
{
    protected override string WriteLabel() => ReportSentences.IncidentLabel(incidentId);
    protected override string WriteExpression() =>
        ReportSentences.LatePenalty(incidentId, late, units, counting, unitName, percent, baseValue, uncapped, perIncidentCap);
}

/// <summary>`250 + 500 + 125 = 875`.</summary>
internal sealed class SumStep(List<decimal> terms, decimal total) : RemedyStep(total)
{
    protected override string WriteLabel() => "sum";
    protected override string WriteExpression() => ReportSentences.Sum(terms, Value);
}

/// <summary>`875.125 rounded half-up 0.01 = 875.13 CNY`.</summary>
internal sealed class RoundedStep(decimal raw, decimal rounded, MoneyRounding rounding, string currency) : RemedyStep(rounded)
{
    protected override string WriteLabel() => "rounded";
    protected override string WriteExpression() => ReportSentences.Rounded(raw, Value, rounding, currency);
}
