using NodaTime;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// `exclude unreported after D`: an incident reported more than D after it started (one not yet reported counts as
/// reported at the period's end). Cause exclusions are emitted inline, as a chain of <c>HasCause</c> tests.
/// </summary>
public static class ExclusionChecks
{
    /// <param name="limit">started + D in elapsed time (null when D has no exact length: nothing is excluded).</param>
    /// <param name="window">D as written: `5 days`.</param>
    public static IncidentExclusion? Unreported(Incident incident, Instant started, Interval period, Instant? limit, string window)
    {
        var reported = incident.Reported ?? period.End;
        if (limit is not { } l || reported <= l) return null;
        var after = Minutes.Describe(reported - started);
        return new IncidentExclusion(ExclusionKind.Unreported, incident.Reported is null
            ? $"not reported by the period's end, {after} after it started: more than {window} (`exclude unreported after`)"
            : $"reported {after} after it started: more than {window} (`exclude unreported after`)");
    }
}
