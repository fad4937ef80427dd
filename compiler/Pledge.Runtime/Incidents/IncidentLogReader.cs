namespace Pledge.Runtime.Incidents;

/// <summary>Reads an incident log file, choosing the format by extension: `.csv`, or `.jsonl` / `.ndjson` for JSON Lines.</summary>
public static class IncidentLogReader
{
    public static bool IsSupported(string path) => FormatOf(path) is not null;

    /// <param name="shownAs">The file name used in error messages (defaults to the path).</param>
    /// <exception cref="IncidentLogException">rows are malformed.</exception>
    /// <exception cref="IOException">the file cannot be read.</exception>
    /// <exception cref="ArgumentException">the extension is not one of the supported ones.</exception>
    public static IncidentLog Read(string path, IncidentVocabulary? vocabulary = null, string? shownAs = null)
    {
        var format = FormatOf(path) ?? throw new ArgumentException($"`{path}` is neither .csv nor .jsonl", nameof(path));
        var text = File.ReadAllText(path);
        return Parse(text, format, shownAs ?? path, vocabulary);
    }

    public static IncidentLog Parse(string text, IncidentLogFormat format, string file, IncidentVocabulary? vocabulary = null) =>
        format == IncidentLogFormat.Csv
            ? CsvIncidentReader.Read(text, file, vocabulary)
            : JsonLinesIncidentReader.Read(text, file, vocabulary);

    public static IncidentLogFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => IncidentLogFormat.Csv,
        ".jsonl" or ".ndjson" => IncidentLogFormat.JsonLines,
        _ => null,
    };
}

public enum IncidentLogFormat
{
    Csv,
    JsonLines,
}
