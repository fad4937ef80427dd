namespace Pledge.Runtime.Incidents;

/// <summary>A cell as read from either log format, before conversion: its text (null or empty: no value) and where it starts.</summary>
public readonly record struct RawCell(string? Text, int Line, int Column)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row as read: its cells by column name, and where the row starts.</summary>
public sealed record RawRow(IReadOnlyDictionary<string, RawCell> Cells, int Line, int Column);
