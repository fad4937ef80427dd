using Pledge.Runtime.Text;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// Reads a CSV incident log (RFC 4180): a header row, then one incident per record; fields separated by commas;
/// a field in double quotes may hold commas, line breaks and `""` for a quote. Fully blank lines are skipped (they
/// hold no record). A record with more or fewer fields than the header is an error, never padded or cut. The
/// splitting is <see cref="CsvTokenizer"/>'s, shared with the certificates' customer files.
/// </summary>
public static class CsvIncidentReader
{
    public static IncidentLog Read(string text, string file, IncidentVocabulary? vocabulary = null)
    {
        var errors = new List<IncidentLogError>();
        var csv = CsvTokenizer.Read(text);
        foreach (var record in csv.Records)
            foreach (var problem in record.Problems) errors.Add(new IncidentLogError(file, problem.Line, problem.Column, problem.Message));
        if (csv.Unclosed is { } unclosed) errors.Add(new IncidentLogError(file, unclosed.Line, unclosed.Column, unclosed.Message));
        if (errors.Count > 0) throw new IncidentLogException(errors);
        var records = csv.Records;
        if (records.Count == 0)
            throw new IncidentLogException([new IncidentLogError(file, 1, 1, "the log is empty: a header row is required (" + string.Join(",", IncidentLogColumns.Required) + ")")]);

        var header = records[0];
        var columns = ReadHeader(header, file, errors);
        if (errors.Count > 0) throw new IncidentLogException(errors);

        var converter = new IncidentRowConverter(file, vocabulary ?? IncidentVocabulary.Any);
        var incidents = new List<Incident>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Count)
            {
                var at = record.Fields[Math.Min(record.Fields.Count, columns.Count) - 1];
                errors.Add(new IncidentLogError(file, record.Line, at.Column,
                    $"the row has {record.Fields.Count} fields but the header has {columns.Count}"));
                continue;
            }
            var cells = new Dictionary<string, RawCell>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++) cells[columns[i]] = new RawCell(record.Fields[i].Text, record.Fields[i].Line, record.Fields[i].Column);
            if (converter.Convert(new RawRow(cells, record.Line, 1), errors) is { } incident) incidents.Add(incident);
        }
        if (errors.Count > 0) throw new IncidentLogException(errors);
        return new IncidentLog(file, [.. incidents]);
    }

    private static List<string> ReadHeader(CsvRecord header, string file, List<IncidentLogError> errors)
    {
        var columns = new List<string>();
        foreach (var field in header.Fields)
        {
            var name = field.Text.Trim();
            if (!IncidentLogColumns.IsKnown(name))
                errors.Add(new IncidentLogError(file, field.Line, field.Column,
                    $"unknown column `{name}` (the columns are {string.Join(", ", IncidentLogColumns.All)})"));
            else if (columns.Contains(name))
                errors.Add(new IncidentLogError(file, field.Line, field.Column, $"the column `{name}` appears twice"));
            columns.Add(name);
        }
        var missing = IncidentLogColumns.Required.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0)
            errors.Add(new IncidentLogError(file, header.Line, 1,
                $"the header lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"`{m}`"))}"));
        return columns;
    }
}
