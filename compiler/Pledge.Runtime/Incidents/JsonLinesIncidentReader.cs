using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// Reads a JSON Lines incident log: one JSON object per line, with the CSV column names as keys. Values are
/// strings or null; `distance_km` may be a number; `clause` and `causes` may be arrays of names. A key left out
/// means an empty cell (JSON has no header to declare columns); `id` is required, an unknown key is an error.
/// Blank lines are skipped.
/// </summary>
public static class JsonLinesIncidentReader
{
    public static IncidentLog Read(string text, string file, IncidentVocabulary? vocabulary = null)
    {
        var errors = new List<IncidentLogError>();
        var converter = new IncidentRowConverter(file, vocabulary ?? IncidentVocabulary.Any);
        var incidents = new List<Incident>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (n == 0) line = line.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line)) continue;
            var row = ReadObject(line, n + 1, file, errors);
            if (row is null) continue;
            if (!row.Cells.ContainsKey(IncidentLogColumns.Id))
            {
                errors.Add(new IncidentLogError(file, n + 1, 1, "the object has no `id`: every incident needs one"));
                continue;
            }
            if (converter.Convert(row, errors) is { } incident) incidents.Add(incident);
        }
        if (errors.Count > 0) throw new IncidentLogException(errors);
        return new IncidentLog(file, [.. incidents]);
    }

    private static RawRow? ReadObject(string line, int lineNumber, string file, List<IncidentLogError> errors)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        int Column(long byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(byteOffset, bytes.Length)) + 1;
        var cells = new Dictionary<string, RawCell>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var errorsBefore = errors.Count;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(new IncidentLogError(file, lineNumber, 1, "each line must be one JSON object (`{ \"id\": … }`)"));
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var keyColumn = Column(reader.TokenStartIndex);
                var key = reader.GetString()!;
                reader.Read();
                var valueColumn = Column(reader.TokenStartIndex);
                string? value = null;
                var ok = true;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        value = reader.GetString();
                        break;
                    case JsonTokenType.Null:
                        break;
                    case JsonTokenType.Number when key == IncidentLogColumns.DistanceKm:
                        value = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.StartArray when key is IncidentLogColumns.Clause or IncidentLogColumns.Causes:
                        var names = new List<string>();
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType == JsonTokenType.String) names.Add(reader.GetString()!);
                            else ok = false;
                        }
                        value = string.Join(";", names);
                        if (!ok)
                            errors.Add(new IncidentLogError(file, lineNumber, valueColumn, $"`{key}` must be an array of name strings"));
                        break;
                    default:
                        ok = false;
                        errors.Add(new IncidentLogError(file, lineNumber, valueColumn,
                            $"`{key}` must be a string or null{(key == IncidentLogColumns.DistanceKm ? " or a number" : "")}"));
                        reader.Skip();
                        break;
                }
                if (!IncidentLogColumns.IsKnown(key))
                {
                    errors.Add(new IncidentLogError(file, lineNumber, keyColumn,
                        $"unknown key `{key}` (the keys are {string.Join(", ", IncidentLogColumns.All)})"));
                    continue;
                }
                if (cells.ContainsKey(key))
                {
                    errors.Add(new IncidentLogError(file, lineNumber, keyColumn, $"the key `{key}` appears twice"));
                    continue;
                }
                if (ok) cells[key] = new RawCell(value, lineNumber, valueColumn);
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                errors.Add(new IncidentLogError(file, lineNumber, Column(reader.TokenStartIndex), "text after the object: one object per line"));
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } b ? Column(b) : 1;
            errors.Add(new IncidentLogError(file, lineNumber, column, "not valid JSON: " + FirstSentence(e.Message)));
        }
        return errors.Count == errorsBefore ? new RawRow(cells, lineNumber, 1) : null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }
}
