using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Reports;

/// <summary>
/// The readable form of an evaluation report (`pledge eval --format text`): per clause and period, the downtime and
/// availability, kept or broken and why, each incident's verdicts, and each amount with its arithmetic. Plain
/// aligned text, so it reads the same in a terminal, a pipe or an e-mail. It lives beside the JSON writer so that
/// the CLI and the language server (`pledge/evaluate`) write the same text from one source.
/// </summary>
public static class ReportTextWriter
{
    /// <summary>The whole report as text, with `\n` line ends whatever the platform.</summary>
    public static string ToText(EvaluationReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Write(writer, report);
        return writer.ToString();
    }

    public static void Write(TextWriter o, EvaluationReport report)
    {
        var decimals = report.Rounding.Decimals;
        o.WriteLine($"{report.Title} ({report.Contract}) — period {report.Period.Label}, times in {report.TimeZoneName}");
        foreach (var c in report.Clauses)
        {
            o.WriteLine();
            o.WriteLine($"{c.Name} · {c.Title} · {c.Period.Label}: {(c.Breached ? "BROKEN" : "kept")}");
            if (c.DowntimeMinutes is { } downtime)
            {
                var committed = c.CommittedAvailability is { } p ? $" (committed {DecimalText.Percent(p)})" : "";
                var max = c.MaxDowntimeMinutes is { } m ? $", at most {DecimalText.Format(m)} min" : "";
                o.WriteLine($"  downtime      {Minutes.Describe(Minutes.ToDuration(downtime))} of {DecimalText.Format(c.PeriodMinutes)} min{max}");
                o.WriteLine($"  availability  {DecimalText.Format(decimal.Round(c.Availability!.Value, 4))}%{committed}");
                foreach (var outage in c.Outages)
                {
                    var counted = outage.Counted is { } part ? Minutes.Describe(part.Duration) : "not counted";
                    o.WriteLine($"    outage {Time(outage.Whole.Start, report)} → {Time(outage.Whole.End, report)}  {counted}  [{string.Join(", ", outage.IncidentIds)}]" +
                                (outage.Note is null ? "" : $"  ({outage.Note})"));
                }
            }
            foreach (var reason in c.BreachReasons) o.WriteLine($"  broken: {reason}");
            if (c.Incidents.Length > 0)
            {
                o.WriteLine("  incidents");
                foreach (var i in c.Incidents)
                {
                    if (i.Excluded is { } excluded)
                        o.WriteLine($"    {i.Id,-12} excluded ({excluded.Kind.Keyword()}): {excluded.Reason}");
                    else if (i.Milestones.IsEmpty)
                        o.WriteLine($"    {i.Id,-12} counted");
                    foreach (var m in i.Milestones)
                        o.WriteLine($"    {i.Id,-12} {m.Milestone,-9} {m.Deadline,-28} {Verdict(m, report)}");
                    foreach (var note in i.Notes) o.WriteLine($"    {"",-12} note: {note}");
                }
            }
            foreach (var r in c.Remedies)
            {
                o.WriteLine($"  remedy {r.Text}");
                o.WriteLine($"    = {DecimalText.Fixed(r.Amount.Amount, decimals)} {r.Amount.Currency}");
                foreach (var step in r.Steps) o.WriteLine($"      {step.Expression}");
            }
            if (c.ClaimUntil is { } until) o.WriteLine($"  claim until {Timestamps.FormatDate(until)}");
        }
        o.WriteLine();
        o.WriteLine($"total owed: {DecimalText.Fixed(report.Total.Amount, decimals)} {report.Total.Currency}" +
                    string.Concat(report.OtherTotals.Select(t => $" + {DecimalText.Fixed(t.Amount, decimals)} {t.Currency}")));
    }

    private static string Verdict(MilestoneVerdict m, EvaluationReport report) => m.Status switch
    {
        MilestoneStatus.Met => $"met (due {Time(m.Due, report)}, {m.Event} {Time(m.At, report)})",
        MilestoneStatus.Missed => $"MISSED by {Minutes.Describe(m.Late!.Value)} (due {Time(m.Due, report)}, {m.Event} {Time(m.At, report)})",
        MilestoneStatus.Open => $"MISSED, still open, late {Minutes.Describe(m.Late!.Value)} at the period's end (due {Time(m.Due, report)})",
        MilestoneStatus.Pending => $"pending{(m.Due is null ? "" : $" (due {Time(m.Due, report)})")}{(m.Reason is null ? "" : $": {m.Reason}")}",
        _ => $"not judged: {m.Reason}",
    };

    private static string Time(NodaTime.Instant? instant, EvaluationReport report) =>
        instant is { } i ? i.InZone(report.Zone).ToString("uuuu-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
