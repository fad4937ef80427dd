using System.Globalization;
using System.Text.Json;

namespace Pledge.Certificates.Input;

/// <summary>
/// Reads customers from JSON: an array of objects, one per customer, keyed by column name. Values are strings
/// (`"2026-03-15"`, `"20000 CNY"`), or numbers where the column is a number, a percentage or money in the
/// contract's currency; null is an empty cell. The columns are the union of all keys, in order of first use.
/// A row that is not an object, or holds an object or array as a value, is a bad row.
/// </summary>
public static class JsonCustomerReader
{
    public static CustomerTable Read(string text, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CustomerDataException($"{file}: not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new CustomerDataException($"{file}: the file must hold a JSON array of objects, one per customer");
            var columns = new List<string>();
            var rows = new List<CustomerRecord>();
            var row = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                row++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    rows.Add(new CustomerRecord(row, row, new Dictionary<string, string?>(), $"the element is {Article(element.ValueKind)}, not an object"));
                    continue;
                }
                var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
                string? problem = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (!columns.Contains(property.Name, StringComparer.Ordinal)) columns.Add(property.Name);
                    if (!cells.TryAdd(property.Name, Cell(property.Value, out var cellProblem)))
                        problem ??= $"the key `{property.Name}` appears twice";
                    else if (cellProblem is not null)
                        problem ??= $"`{property.Name}` {cellProblem}";
                }
                rows.Add(new CustomerRecord(row, row, cells, problem));
            }
            return new CustomerTable(file, columns, rows);
        }
    }

    private static string? Cell(JsonElement value, out string? problem)
    {
        problem = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                // As written: 20000.50 stays 20000.50, never a binary float.
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            default:
                problem = $"is {Article(value.ValueKind)}; a cell holds a string or a number";
                return null;
        }
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
