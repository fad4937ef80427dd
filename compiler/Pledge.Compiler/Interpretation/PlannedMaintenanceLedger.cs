using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// `exclude planned CAUSE with notice D [on CALENDAR][, at most N per PERIOD]` over the whole log: an incident of
/// that cause whose `notified` time is at least D (on the calendar, else elapsed) before `started` is planned;
/// the planned incidents of each PERIOD (the one containing `started`, in the contract's zone) use up the N in
/// order of `started`, then `id`; past N they count as downtime again. Computed over the whole log, so the answer
/// does not depend on which period is being evaluated.
/// </summary>
internal sealed class PlannedMaintenanceLedger
{
    private readonly Dictionary<(PlannedExclusion, string), (bool Excluded, string Text)> _verdicts = [];

    public PlannedMaintenanceLedger(ClauseSymbol clause, ContractContext context, PeriodKind clausePeriod)
    {
        foreach (var planned in clause.PlannedExclusions)
        {
            if (planned.Cause is not { } cause) continue;
            var eligible = new List<(Incident Incident, string Notice)>();
            foreach (var incident in context.Incidents.Where(i => i.AppliesTo(clause.Name) && i.HasCause(cause.Name)))
            {
                var notice = WrittenDurations.Describe(planned.Notice) + (planned.NoticeCalendar is { } c ? $" on `{c.Name}`" : "");
                if (incident.Started is not { } started)
                {
                    _verdicts[(planned, incident.Id)] = (false, $"planned `{cause.Name}` without a `started` time: the notice cannot be checked, it counts");
                    continue;
                }
                if (incident.Notified is not { } notified)
                {
                    _verdicts[(planned, incident.Id)] = (false, $"planned `{cause.Name}` with no `notified` time: no notice was given, it counts");
                    continue;
                }
                var clock = context.Clocks.For(planned.NoticeCalendar);
                var enough = WrittenDurations.Add(notified, planned.Notice, clock, out _) is { } needed && needed <= started;
                if (!enough)
                {
                    _verdicts[(planned, incident.Id)] = (false,
                        $"planned `{cause.Name}` announced {Minutes.Describe(started - notified)} before it started, less than the notice of {notice}: it counts");
                    continue;
                }
                eligible.Add((incident, notice));
            }

            var per = planned.AtMostPer?.ToRuntime() ?? clausePeriod;
            foreach (var group in eligible.GroupBy(e => ReportingPeriod.Containing(per, e.Incident.Started!.Value.InZone(context.Zone).Date).Label))
            {
                var ordered = group.OrderBy(e => e.Incident.Started!.Value).ThenBy(e => e.Incident.Id, StringComparer.Ordinal).ToList();
                for (var n = 0; n < ordered.Count; n++)
                {
                    var (incident, notice) = ordered[n];
                    var announced = Minutes.Describe(incident.Started!.Value - incident.Notified!.Value);
                    if (planned.AtMost is not { } atMost)
                        _verdicts[(planned, incident.Id)] = (true, $"planned `{cause.Name}` announced {announced} before it started (notice {notice})");
                    else if (n < atMost)
                        _verdicts[(planned, incident.Id)] = (true,
                            $"planned `{cause.Name}` announced {announced} before it started (notice {notice}), number {n + 1} of at most {atMost} per {per.Keyword()} in {group.Key}");
                    else
                        _verdicts[(planned, incident.Id)] = (false,
                            $"planned `{cause.Name}`, but number {n + 1} in {group.Key} where at most {atMost} per {per.Keyword()} are excluded: it counts");
                }
            }
        }
    }

    /// <summary>The first planned exclusion that excludes the incident, or null; <paramref name="notes"/> gets the reasons one does not.</summary>
    public string? Excludes(ClauseSymbol clause, Incident incident, List<string> notes)
    {
        foreach (var planned in clause.PlannedExclusions)
        {
            if (!_verdicts.TryGetValue((planned, incident.Id), out var verdict)) continue;
            if (verdict.Excluded) return verdict.Text;
            notes.Add(verdict.Text);
        }
        return null;
    }
}
