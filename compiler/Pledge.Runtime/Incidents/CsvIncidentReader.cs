using System.Text;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// Reads a CSV incident log (RFC 4180): a header row, then one incident per record; fields separated by commas;
/// a field in double quotes may hold commas, line breaks and `""` for a quote. Fully blank lines are skipped (they
/// hold no record). A record with more or fewer fields than the header is an error, never padded or cut.
/// </summary>
public static class CsvIncidentReader
{
    public static IncidentLog Read(string text, string file, IncidentVocabulary? vocabulary = null)
    {
        var errors = new List<IncidentLogError>();
        var records = Tokenize(text, file, errors);
        if (errors.Count > 0) throw new IncidentLogException(errors);
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
            for (var i = 0; i < columns.Count; i++) cells[columns[i]] = record.Fields[i];
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
            var name = field.Text!.Trim();
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

    private sealed record CsvRecord(int Line, List<RawCell> Fields);

    /// <summary>Splits the text into records of fields, each field with the line and column it starts at.</summary>
    private static List<CsvRecord> Tokenize(string text, string file, List<IncidentLogError> errors)
    {
        var records = new List<CsvRecord>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = i;
        while (i < text.Length)
        {
            // A blank line holds no record.
            if (text[i] is '\r' or '\n')
            {
                i = SkipLineBreak(text, i);
                line++;
                lineStart = i;
                continue;
            }
            var record = new CsvRecord(line, []);
            while (true)
            {
                var fieldLine = line;
                var fieldColumn = i - lineStart + 1;
                var value = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c is '\r' or '\n')
                        {
                            var next = SkipLineBreak(text, i);
                            value.Append(text, i, next - i);
                            i = next;
                            line++;
                            lineStart = i;
                            continue;
                        }
                        value.Append(c);
                        i++;
                    }
                    if (!closed)
                    {
                        errors.Add(new IncidentLogError(file, fieldLine, fieldColumn, "a quoted field is not closed (a `\"` is missing)"));
                        return records;
                    }
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        errors.Add(new IncidentLogError(file, line, i - lineStart + 1,
                            "text after a closing quote: a quote inside a quoted field is written `\"\"`"));
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n')) i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                            errors.Add(new IncidentLogError(file, line, i - lineStart + 1,
                                "a quote inside an unquoted field: put the whole field in quotes and write the quote as `\"\"`"));
                        value.Append(text[i]);
                        i++;
                    }
                }
                record.Fields.Add(new RawCell(value.ToString(), fieldLine, fieldColumn));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }
                break;
            }
            records.Add(record);
            if (i < text.Length)
            {
                i = SkipLineBreak(text, i);
                line++;
                lineStart = i;
            }
        }
        return records;
    }

    private static int SkipLineBreak(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
}
