using NodaTime;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks.HandWritten;

/// <summary>
/// `exclude planned maint with notice 2 days, at most 2 per month`, decided once per evaluation over the clause's
/// whole log: a `maint` incident announced at least 2 days before it started is planned; the first 2 of each month
/// (of `started`, in order of `started`, then id) are excluded, later ones count again. Every `maint` incident gets
/// a sentence: the exclusion's reason, or a note saying why it counts.
/// </summary>
internal sealed class PlannedMaintenanceNotices
{
    private static readonly Duration Notice = Duration.FromDays(2);
    private const int AtMostPerMonth = 2;

    // By position in the uptime list; null for an incident that is not planned maintenance.
    private readonly IncidentExclusion?[] _excluded;
    private readonly string?[] _counts;

    private PlannedMaintenanceNotices(int count)
    {
        _excluded = new IncidentExclusion?[count];
        _counts = new string?[count];
    }

    /// <param name="uptime">The uptime clause's incidents in report order: by `started` (their first event), then id.</param>
    public static PlannedMaintenanceNotices Of(List<Incident> uptime)
    {
        var notices = new PlannedMaintenanceNotices(uptime.Count);
        // The list is in time order, so the months of the eligible incidents come one after another.
        var month = -1;
        var numberInMonth = 0;
        for (var i = 0; i < uptime.Count; i++)
        {
            var incident = uptime[i];
            if (!incident.HasCause("maint")) continue;
            if (incident.Started is not { } started)
            {
                notices._counts[i] = "planned `maint` without a `started` time: the notice cannot be checked, it counts";
                continue;
            }
            if (incident.Notified is not { } notified)
            {
                notices._counts[i] = "planned `maint` with no `notified` time: no notice was given, it counts";
                continue;
            }
            var announced = Minutes.Describe(started - notified);
            if (notified + Notice > started)
            {
                notices._counts[i] = $"planned `maint` announced {announced} before it started, less than the notice of 2 days: it counts";
                continue;
            }
            var date = started.InZone(HandWrittenBenchEvaluator.Zone).Date;
            var startedMonth = date.Year * 12 + date.Month;
            if (startedMonth != month)
            {
                month = startedMonth;
                numberInMonth = 0;
            }
            numberInMonth++;
            var label = $"{date.Year:D4}-{date.Month:D2}";
            if (numberInMonth <= AtMostPerMonth)
                notices._excluded[i] = new IncidentExclusion(ExclusionKind.Planned,
                    $"planned `maint` announced {announced} before it started (notice 2 days), number {numberInMonth} of at most 2 per month in {label}");
            else
                notices._counts[i] = $"planned `maint`, but number {numberInMonth} in {label} where at most 2 per month are excluded: it counts";
        }
        return notices;
    }

    /// <summary>The exclusion of the incident at <paramref name="index"/> in the uptime list, or null (and its note, if it has one).</summary>
    public IncidentExclusion? Check(int index, List<string> notes)
    {
        if (_counts[index] is { } counts) notes.Add(counts);
        return _excluded[index];
    }
}
