using System.Globalization;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Documents.Reports;

/// <summary>
/// The data the report template reads: the report's values already written for people (times in the contract's
/// zone, durations as `1 day 1 h (1500 min)`, amounts with the contract's decimals and currency), as dictionaries
/// with camelCase keys, so that the template (templates/report/evaluation.html.hbs) only lays them out.
/// </summary>
public static class ReportTemplateModel
{
    public static Dictionary<string, object?> Build(EvaluationReport report, string css)
    {
        var decimals = report.Rounding.Decimals;
        string Money(Money m) => $"{DecimalText.Fixed(m.Amount, decimals)} {m.Currency}";
        return new Dictionary<string, object?>
        {
            ["css"] = css,
            ["contract"] = report.Contract,
            ["title"] = report.Title,
            ["period"] = report.Period.Label,
            ["timezone"] = report.TimeZoneName,
            ["currency"] = report.Currency,
            ["rounding"] = report.Rounding.Describe(),
            ["clauses"] = report.Clauses.Select(c => Clause(c, report.Zone, Money)).ToList(),
            ["total"] = Money(report.Total),
            ["otherTotals"] = report.OtherTotals.Select(Money).ToList(),
        };
    }

    private static Dictionary<string, object?> Clause(ClauseReport c, DateTimeZone zone, Func<Money, string> money) => new()
    {
        ["name"] = c.Name,
        ["title"] = c.Title,
        ["period"] = c.Period.Label,
        ["periodStart"] = Time(c.PeriodInterval.Start, zone),
        ["periodEnd"] = Time(c.PeriodInterval.End, zone),
        ["periodMinutes"] = DecimalText.Format(c.PeriodMinutes),
        ["verdict"] = c.Breached ? "broken" : "kept",
        ["verdictClass"] = c.Breached ? "broken" : "kept",
        ["measured"] = c.DowntimeMinutes is not null,
        ["downtime"] = c.DowntimeMinutes is { } d ? MinutesText(d) : null,
        ["downtimeShort"] = c.DowntimeMinutes is { } s ? $"{DecimalText.Format(s)} min" : "—",
        ["maxDowntime"] = c.MaxDowntimeMinutes is { } max ? MinutesText(max) : null,
        ["availability"] = c.Availability is { } a ? Percent(a) : null,
        ["availabilityShort"] = c.Availability is { } shortA ? Percent(shortA) : "—",
        ["committedAvailability"] = c.CommittedAvailability is { } p ? DecimalText.Percent(p) : null,
        ["breachReasons"] = c.BreachReasons.ToList(),
        ["outages"] = c.Outages.Select(o => Outage(o, zone)).ToList(),
        ["incidents"] = c.Incidents.Select(i => Incident(i, zone)).ToList(),
        ["remedies"] = c.Remedies.Select(r => Remedy(r, money)).ToList(),
        ["total"] = money(c.Total),
        ["claimUntil"] = c.ClaimUntil is { } until ? Timestamps.FormatDate(until) : null,
    };

    private static Dictionary<string, object?> Outage(CountedOutage o, DateTimeZone zone) => new()
    {
        ["start"] = Time(o.Whole.Start, zone),
        ["end"] = Time(o.Whole.End, zone),
        ["length"] = MinutesText(Minutes.Of(o.Whole.Duration)),
        ["counted"] = o.Counted is { } counted ? MinutesText(Minutes.Of(counted.Duration)) : "not counted",
        ["incidents"] = string.Join(", ", o.IncidentIds),
        ["note"] = o.Note,
    };

    private static Dictionary<string, object?> Incident(IncidentVerdict i, DateTimeZone zone) => new()
    {
        ["id"] = i.Id,
        ["excluded"] = i.Excluded is { } e ? new Dictionary<string, object?> { ["kind"] = e.Kind.Keyword(), ["reason"] = e.Reason } : null,
        ["counted"] = i.Excluded is null && i.Milestones.IsEmpty,
        ["milestones"] = i.Milestones.Select(m => Milestone(m, zone)).ToList(),
        ["notes"] = i.Notes.ToList(),
    };

    private static Dictionary<string, object?> Milestone(MilestoneVerdict m, DateTimeZone zone) => new()
    {
        ["name"] = m.Milestone,
        ["event"] = m.Event,
        ["within"] = m.Deadline,
        ["deadline"] = m.Due is { } due ? Time(due, zone) : "—",
        ["status"] = m.Status switch
        {
            MilestoneStatus.Open => "open (missed)",
            MilestoneStatus.NotJudged => "not judged",
            _ => m.Status.Keyword(),
        },
        ["statusClass"] = m.Status.Keyword(),
        ["at"] = m.At is { } at ? Time(at, zone) : "—",
        ["late"] = m.Late is { } late ? MinutesText(Minutes.Of(late)) : "",
        ["reason"] = m.Reason,
    };

    private static Dictionary<string, object?> Remedy(RemedyLine r, Func<Money, string> money) => new()
    {
        ["kind"] = r.Kind,
        ["text"] = r.Text,
        ["amount"] = money(r.Amount),
        ["explanation"] = r.Explanation,
        // The steps are the explanation's sentences one per line; each expression already names what it is.
        ["steps"] = r.Steps.Select(s => new Dictionary<string, object?> { ["label"] = s.Label, ["expression"] = s.Expression }).ToList(),
    };

    /// <summary>`99.888%` to four places, marked `≈` when that is not exact (the JSON report keeps every digit).</summary>
    private static string Percent(decimal percent)
    {
        var shown = decimal.Round(percent, 4);
        return (shown == percent ? "" : "≈ ") + DecimalText.Percent(shown);
    }

    /// <summary>`1 day 1 h (1500 min)`; just `40 min` when the two say the same.</summary>
    private static string MinutesText(decimal minutes)
    {
        var described = Minutes.Describe(Minutes.ToDuration(minutes));
        var exact = $"{DecimalText.Format(minutes)} min";
        return described == exact ? exact : $"{described} ({exact})";
    }

    /// <summary>`2026-10-14 00:00` in the contract's zone; seconds only when there are any.</summary>
    private static string Time(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var pattern = local.Second == 0 && local.NanosecondOfSecond == 0 ? "uuuu'-'MM'-'dd HH':'mm" : "uuuu'-'MM'-'dd HH':'mm':'ss";
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
