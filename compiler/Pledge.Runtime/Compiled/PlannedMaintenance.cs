using NodaTime;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// One `exclude planned CAUSE with notice D [on CALENDAR][, at most N per PERIOD]` of a clause, decided over the
/// whole log once per evaluation: an incident of that cause whose `notified` time is at least D before `started` is
/// planned; the planned incidents of each PERIOD (the one containing `started`, in the contract's zone) use up the
/// N in order of `started`, then id; past N they count as downtime again.
/// </summary>
public sealed class PlannedMaintenance
{
    private readonly Dictionary<string, (bool Excluded, string Text)> _verdicts = new(StringComparer.Ordinal);

    /// <param name="incidents">The incidents of the clause (any order).</param>
    /// <param name="noticeEnd">notified + D on the notice's clock (null: D has no length there, so the notice is not enough).</param>
    /// <param name="notice">D as written, with ` on `CALENDAR`` when it has one.</param>
    /// <param name="atMost">N, or null when unlimited.</param>
    /// <param name="per">The PERIOD of `at most N per PERIOD` (the clause's period when not written).</param>
    public PlannedMaintenance(
        IEnumerable<Incident> incidents, string cause, Func<Instant, Instant?> noticeEnd, string notice, int? atMost, PeriodKind per, DateTimeZone zone)
    {
        var eligible = new List<Incident>();
        foreach (var incident in incidents)
        {
            if (!incident.HasCause(cause)) continue;
            if (incident.Started is not { } started)
            {
                _verdicts[incident.Id] = (false, $"planned `{cause}` without a `started` time: the notice cannot be checked, it counts");
                continue;
            }
            if (incident.Notified is not { } notified)
            {
                _verdicts[incident.Id] = (false, $"planned `{cause}` with no `notified` time: no notice was given, it counts");
                continue;
            }
            if (!(noticeEnd(notified) is { } needed && needed <= started))
            {
                _verdicts[incident.Id] = (false,
                    $"planned `{cause}` announced {Minutes.Describe(started - notified)} before it started, less than the notice of {notice}: it counts");
                continue;
            }
            eligible.Add(incident);
        }

        if (eligible.Count == 0) return;
        var perName = per.Keyword();
        foreach (var group in eligible.GroupBy(i => ReportingPeriod.Containing(per, i.Started!.Value.InZone(zone).Date).Label))
        {
            var ordered = group.OrderBy(i => i.Started!.Value).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
            for (var n = 0; n < ordered.Count; n++)
            {
                var incident = ordered[n];
                var announced = Minutes.Describe(incident.Started!.Value - incident.Notified!.Value);
                if (atMost is not { } most)
                    _verdicts[incident.Id] = (true, $"planned `{cause}` announced {announced} before it started (notice {notice})");
                else if (n < most)
                    _verdicts[incident.Id] = (true,
                        $"planned `{cause}` announced {announced} before it started (notice {notice}), number {n + 1} of at most {most} per {perName} in {group.Key}");
                else
                    _verdicts[incident.Id] = (false,
                        $"planned `{cause}`, but number {n + 1} in {group.Key} where at most {most} per {perName} are excluded: it counts");
            }
        }
    }

    /// <summary>The first of the clause's planned exclusions that excludes the incident; the others' reasons go to the notes.</summary>
    public static IncidentExclusion? Check(PlannedMaintenance[] planned, Incident incident, List<string> notes)
    {
        foreach (var p in planned)
        {
            if (!p._verdicts.TryGetValue(incident.Id, out var verdict)) continue;
            if (verdict.Excluded) return new IncidentExclusion(ExclusionKind.Planned, verdict.Text);
            notes.Add(verdict.Text);
        }
        return null;
    }
}
