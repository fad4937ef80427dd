using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// Turns a raw row (from CSV or JSON Lines alike) into an <see cref="Incident"/>, adding one error per bad cell
/// so that a row with three mistakes reports all three.
/// </summary>
internal sealed class IncidentRowConverter(string file, IncidentVocabulary vocabulary)
{
    private readonly Dictionary<string, int> _firstLineOfId = new(StringComparer.Ordinal);

    private RawRow? _row;

    public Incident? Convert(RawRow row, List<IncidentLogError> errors)
    {
        _row = row;
        var before = errors.Count;
        var id = Cell(row, IncidentLogColumns.Id);
        string idText = id.Text?.Trim() ?? "";
        if (idText.Length == 0)
            Error(errors, id, "the `id` is empty: every incident needs one");
        else if (_firstLineOfId.TryGetValue(idText, out var firstLine))
            Error(errors, id, $"the id `{idText}` is used twice (first on line {firstLine})");
        else
            _firstLineOfId[idText] = row.Line;

        var clauses = Names(row, IncidentLogColumns.Clause, vocabulary.Clauses, "clause", errors);
        var causes = Names(row, IncidentLogColumns.Causes, vocabulary.Causes, "cause", errors);
        var severityCell = Cell(row, IncidentLogColumns.Severity);
        string? severity = severityCell.IsEmpty ? null : severityCell.Text!.Trim();
        if (severity is not null && vocabulary.Severities is { } severities && !severities.Contains(severity))
            Error(errors, severityCell, $"unknown severity `{severity}`{Known(severities)}");

        var incident = new Incident
        {
            Id = idText,
            Clauses = clauses,
            Severity = severity,
            Causes = causes,
            Started = Time(row, "started", errors),
            Reported = Time(row, "reported", errors),
            Acknowledged = Time(row, "acknowledged", errors),
            Responded = Time(row, "responded", errors),
            Arrived = Time(row, "arrived", errors),
            Restored = Time(row, "restored", errors),
            Resolved = Time(row, "resolved", errors),
            ReportSent = Time(row, "report_sent", errors),
            Notified = Time(row, IncidentLogColumns.Notified, errors),
            DistanceKm = Distance(row, errors),
            Line = row.Line,
        };
        return errors.Count == before ? incident : null;
    }

    private static RawCell Cell(RawRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) ? cell : new RawCell(null, 0, 0);

    private ImmutableArray<string> Names(RawRow row, string column, ImmutableHashSet<string>? known, string what, List<IncidentLogError> errors)
    {
        var cell = Cell(row, column);
        if (cell.IsEmpty) return [];
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var part in cell.Text!.Split(';'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                Error(errors, cell, $"the `{column}` cell has an empty name between `;` separators");
                continue;
            }
            if (known is not null && !known.Contains(name))
            {
                Error(errors, cell, $"unknown {what} `{name}`{Known(known)}");
                continue;
            }
            if (!names.Contains(name)) names.Add(name);
        }
        return names.ToImmutable();
    }

    private Instant? Time(RawRow row, string column, List<IncidentLogError> errors)
    {
        var cell = Cell(row, column);
        if (cell.IsEmpty) return null;
        var instant = Timestamps.TryParse(cell.Text!);
        if (instant is null)
            Error(errors, cell,
                $"`{column}` is `{cell.Text!.Trim()}`, not an ISO 8601 timestamp with an offset or Z (e.g. 2026-10-03T09:15:00+08:00)");
        return instant;
    }

    private decimal? Distance(RawRow row, List<IncidentLogError> errors)
    {
        var cell = Cell(row, IncidentLogColumns.DistanceKm);
        if (cell.IsEmpty) return null;
        var text = cell.Text!.Trim();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var km)) return km;
        Error(errors, cell, $"`distance_km` is `{text}`, not a number of kilometres (e.g. 37.5)");
        return null;
    }

    // A cell that is absent (a JSON key left out) is reported where its row starts.
    private void Error(List<IncidentLogError> errors, RawCell cell, string reason) =>
        errors.Add(new IncidentLogError(file, cell.Line > 0 ? cell.Line : _row?.Line ?? 0, cell.Line > 0 ? cell.Column : _row?.Column ?? 1, reason));

    private static string Known(ImmutableHashSet<string> known) =>
        known.Count is > 0 and <= 12 ? $" (the contract declares {string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => $"`{k}`"))})" : "";
}
