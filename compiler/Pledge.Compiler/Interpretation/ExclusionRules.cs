using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// Whether an incident is excluded from a clause, checked in this order: a cause the clause excludes, a cause a
/// top-level `exclusion` excludes, `exclude unreported after D` (reported more than D after it started; an incident
/// not yet reported counts as reported at the period's end), then planned maintenance.
/// </summary>
internal static class ExclusionRules
{
    public static IncidentExclusion? Check(
        ClauseSymbol clause, Incident incident, Interval period, ContractContext context, PlannedMaintenanceLedger planned, List<string> notes)
    {
        foreach (var cause in clause.ExcludedCauses)
            if (incident.HasCause(cause.Name))
                return new IncidentExclusion(ExclusionKind.Cause, $"cause `{cause.Name}` is excluded by the clause (`exclude causes`)");
        foreach (var exclusion in context.Exclusions)
            foreach (var cause in exclusion.Causes)
                if (incident.HasCause(cause.Name))
                    return new IncidentExclusion(ExclusionKind.Cause,
                        $"cause `{cause.Name}` is excluded by the exclusion `{exclusion.Name}` ({exclusion.Title.Primary})");

        if (clause.UnreportedAfter is { } window && incident.Started is { } started)
        {
            var reported = incident.Reported ?? period.End;
            var limit = WrittenDurations.AddElapsed(started, window, context.Zone, out _);
            if (limit is { } l && reported > l)
            {
                var after = Minutes.Describe(reported - started);
                return new IncidentExclusion(ExclusionKind.Unreported, incident.Reported is null
                    ? $"not reported by the period's end, {after} after it started: more than {WrittenDurations.Describe(window)} (`exclude unreported after`)"
                    : $"reported {after} after it started: more than {WrittenDurations.Describe(window)} (`exclude unreported after`)");
            }
        }

        return planned.Excludes(clause, incident, notes) is { } reason ? new IncidentExclusion(ExclusionKind.Planned, reason) : null;
    }
}
