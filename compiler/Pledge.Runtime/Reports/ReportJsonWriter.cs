using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Reports;

/// <summary>
/// Writes a report as JSON with a fixed property order, invariant number formatting, amounts and percentages as
/// decimal strings (never floating point), instants in the contract's zone with their offset, and `\n` line
/// ends: the same report always gives the same bytes, which is what the two evaluators are compared on.
/// The schema is documented in docs/evaluation.md.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // CJK titles stay readable; the relaxed encoder still escapes quotes, control characters and lone surrogates.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static byte[] ToBytes(EvaluationReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return buffer.ToArray();
    }

    public static string ToText(EvaluationReport report) => System.Text.Encoding.UTF8.GetString(ToBytes(report));

    public static void Write(EvaluationReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        var zone = report.Zone;
        var decimals = report.Rounding.Decimals;
        w.WriteStartObject();
        w.WriteString("contract", report.Contract);
        w.WriteString("title", report.Title);
        w.WriteString("period", report.Period.Label);
        w.WriteString("timezone", report.TimeZoneName);
        w.WriteString("currency", report.Currency);
        w.WriteString("rounding", report.Rounding.Describe());
        w.WriteStartArray("clauses");
        foreach (var clause in report.Clauses) WriteClause(w, clause, zone, decimals);
        w.WriteEndArray();
        w.WritePropertyName("total");
        WriteMoney(w, report.Total, decimals);
        w.WriteStartArray("otherTotals");
        foreach (var other in report.OtherTotals) WriteMoney(w, other, decimals);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteClause(Utf8JsonWriter w, ClauseReport c, DateTimeZone zone, int decimals)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        w.WriteString("title", c.Title);
        w.WriteString("period", c.Period.Label);
        w.WriteString("periodStart", Timestamps.Format(c.PeriodInterval.Start, zone));
        w.WriteString("periodEnd", Timestamps.Format(c.PeriodInterval.End, zone));
        w.WriteString("periodMinutes", DecimalText.Format(c.PeriodMinutes));
        Decimal(w, "committedAvailability", c.CommittedAvailability);
        Decimal(w, "maxDowntimeMinutes", c.MaxDowntimeMinutes);
        Decimal(w, "downtimeMinutes", c.DowntimeMinutes);
        Decimal(w, "availability", c.Availability);
        w.WriteBoolean("breached", c.Breached);
        w.WriteStartArray("breachReasons");
        foreach (var reason in c.BreachReasons) w.WriteStringValue(reason);
        w.WriteEndArray();

        w.WriteStartArray("outages");
        foreach (var o in c.Outages)
        {
            w.WriteStartObject();
            w.WriteString("start", Timestamps.Format(o.Whole.Start, zone));
            w.WriteString("end", Timestamps.Format(o.Whole.End, zone));
            w.WriteString("minutes", DecimalText.Format(Minutes.Of(o.Whole.Duration)));
            w.WriteString("countedMinutes", DecimalText.Format(o.Counted is { } counted ? Minutes.Of(counted.Duration) : 0m));
            Strings(w, "incidents", o.IncidentIds);
            Text(w, "note", o.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("incidents");
        foreach (var i in c.Incidents) WriteIncident(w, i, zone);
        w.WriteEndArray();

        w.WriteStartArray("remedies");
        foreach (var r in c.Remedies)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("text", r.Text);
            w.WriteString("amount", DecimalText.Fixed(r.Amount.Amount, decimals));
            w.WriteString("currency", r.Amount.Currency);
            w.WriteString("explanation", r.Explanation);
            w.WriteStartArray("steps");
            foreach (var s in r.Steps)
            {
                w.WriteStartObject();
                w.WriteString("label", s.Label);
                w.WriteString("expression", s.Expression);
                w.WriteString("value", DecimalText.Format(s.Value));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("total");
        WriteMoney(w, c.Total, decimals);
        Text(w, "claimUntil", c.ClaimUntil is { } until ? Timestamps.FormatDate(until) : null);
        w.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter w, IncidentVerdict i, DateTimeZone zone)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        if (i.Excluded is { } excluded)
        {
            w.WriteStartObject("excluded");
            w.WriteString("kind", excluded.Kind.Keyword());
            w.WriteString("reason", excluded.Reason);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("excluded");
        }
        w.WriteStartArray("milestones");
        foreach (var m in i.Milestones)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Milestone);
            w.WriteString("event", m.Event);
            w.WriteString("within", m.Deadline);
            Text(w, "deadline", m.Due is { } due ? Timestamps.Format(due, zone) : null);
            w.WriteString("status", m.Status.Keyword());
            Text(w, "at", m.At is { } at ? Timestamps.Format(at, zone) : null);
            Decimal(w, "lateMinutes", m.Late is { } late ? Minutes.Of(late) : null);
            Text(w, "reason", m.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "notes", i.Notes);
        w.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter w, Money money, int decimals)
    {
        w.WriteStartObject();
        w.WriteString("amount", DecimalText.Fixed(money.Amount, decimals));
        w.WriteString("currency", money.Currency);
        w.WriteEndObject();
    }

    private static void Decimal(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteString(name, DecimalText.Format(v));
        else w.WriteNull(name);
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
