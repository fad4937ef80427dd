using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>The requested period cut into a clause's periods (a quarter into months), or a usage error saying why it cannot be; both engines use it.</summary>
public static class PeriodParts
{
    public static IReadOnlyList<ReportingPeriod> Split(ReportingPeriod period, PeriodKind unit, string clause) =>
        period.SplitInto(unit) ?? throw Unsplittable(period, unit, clause);

    private static EvaluationInputException Unsplittable(ReportingPeriod period, PeriodKind unit, string clause)
    {
        var keyword = unit.Keyword();
        return new EvaluationInputException(
            unit > period.Kind
                ? $"the period {period.Label} is shorter than the {keyword} that clause `{clause}` is measured in: ask for a whole {keyword}"
                : $"the period {period.Label} does not divide into the {keyword}s that clause `{clause}` is measured in");
    }
}
