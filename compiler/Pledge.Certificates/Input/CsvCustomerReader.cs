using Pledge.Runtime.Text;

namespace Pledge.Certificates.Input;

/// <summary>
/// Reads customers from CSV (RFC 4180): a header row naming the columns, then one customer per record; fields
/// separated by commas; a field in double quotes may hold commas, line breaks and `""` for a quote. A BOM is
/// dropped and blank lines hold no record. A record with more or fewer fields than the header is a row error,
/// never padded or cut; a stray quote makes the row bad, not the file. The splitting is
/// <see cref="CsvTokenizer"/>'s, shared with incident logs.
/// </summary>
public static class CsvCustomerReader
{
    public static CustomerTable Read(string text, string file)
    {
        var csv = CsvTokenizer.Read(text);
        if (csv.Unclosed is { } unclosed)
            throw new CustomerDataException($"{file}: line {unclosed.Line}: {unclosed.Message}; nothing after it can be read");
        var records = csv.Records;
        if (records.Count == 0) throw new CustomerDataException($"{file}: the file is empty: a header row naming the columns is required");
        var header = records[0];
        if (header.Problems.Count > 0) throw new CustomerDataException($"{file}: line {header.Line}: the header row: {header.Problems[0].Message}");
        var columns = header.Fields.Select(f => f.Text.Trim()).ToList();

        var rows = new List<CustomerRecord>();
        foreach (var (record, index) in records.Skip(1).Select((r, i) => (r, i)))
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            var problem = record.Problems.Count > 0 ? record.Problems[0].Message : null;
            if (problem is null && record.Fields.Count != columns.Count)
                problem = $"the row has {record.Fields.Count} fields but the header has {columns.Count}";
            if (problem is null)
                for (var i = 0; i < columns.Count; i++) cells.TryAdd(columns[i], record.Fields[i].Text);
            rows.Add(new CustomerRecord(index + 1, record.Line, cells, problem));
        }
        return new CustomerTable(file, columns, rows);
    }
}
