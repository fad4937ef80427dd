using System.Text;

namespace Pledge.Certificates.Input;

/// <summary>
/// Reads customers from CSV (RFC 4180): a header row naming the columns, then one customer per record; fields
/// separated by commas; a field in double quotes may hold commas, line breaks and `""` for a quote. A BOM is
/// dropped and blank lines hold no record. A record with more or fewer fields than the header is a row error,
/// never padded or cut; a stray quote makes the row bad, not the file.
/// </summary>
public static class CsvCustomerReader
{
    public static CustomerTable Read(string text, string file)
    {
        var records = Tokenize(text, file);
        if (records.Count == 0) throw new CustomerDataException($"{file}: the file is empty: a header row naming the columns is required");
        var header = records[0];
        if (header.Problem is not null) throw new CustomerDataException($"{file}: line {header.Line}: the header row: {header.Problem}");
        var columns = header.Fields.Select(f => f.Trim()).ToList();

        var rows = new List<CustomerRecord>();
        foreach (var (record, index) in records.Skip(1).Select((r, i) => (r, i)))
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            var problem = record.Problem;
            if (problem is null && record.Fields.Count != columns.Count)
                problem = $"the row has {record.Fields.Count} fields but the header has {columns.Count}";
            if (problem is null)
                for (var i = 0; i < columns.Count; i++) cells.TryAdd(columns[i], record.Fields[i]);
            rows.Add(new CustomerRecord(index + 1, record.Line, cells, problem));
        }
        return new CustomerTable(file, columns, rows);
    }

    private sealed record CsvRecord(int Line, List<string> Fields, string? Problem);

    private static List<CsvRecord> Tokenize(string text, string file)
    {
        var records = new List<CsvRecord>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            if (text[i] is '\r' or '\n')
            {
                i = SkipLineBreak(text, i);
                line++;
                continue;
            }
            var startLine = line;
            var fields = new List<string>();
            string? problem = null;
            while (true)
            {
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
                        if (c is '\r' or '\n') line++;
                        if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            value.Append("\r\n");
                            i += 2;
                            continue;
                        }
                        value.Append(c);
                        i++;
                    }
                    if (!closed)
                        throw new CustomerDataException($"{file}: line {startLine}: a quoted field is not closed (a `\"` is missing); nothing after it can be read");
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        problem ??= "text after a closing quote: a quote inside a quoted field is written `\"\"`";
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n')) value.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"') problem ??= "a quote inside an unquoted field: put the whole field in quotes and write the quote as `\"\"`";
                        value.Append(text[i++]);
                    }
                }
                fields.Add(value.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }
                break;
            }
            records.Add(new CsvRecord(startLine, fields, problem));
            if (i < text.Length)
            {
                i = SkipLineBreak(text, i);
                line++;
            }
        }
        return records;
    }

    private static int SkipLineBreak(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
}
