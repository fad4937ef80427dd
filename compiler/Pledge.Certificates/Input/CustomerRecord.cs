namespace Pledge.Certificates.Input;

/// <summary>
/// One customer as read from the data file, before its values are checked: <see cref="Row"/> counts data rows from
/// 1 (the header is not a row), <see cref="Line"/> is where it starts in the file (the JSON array index + 1 for
/// JSON). <see cref="Cells"/> holds the text of each column; null when the cell is absent.
/// </summary>
public sealed record CustomerRecord(int Row, int Line, IReadOnlyDictionary<string, string?> Cells, string? Problem = null);

/// <summary>A data file: its columns in file order and its rows.</summary>
public sealed record CustomerTable(string File, IReadOnlyList<string> Columns, IReadOnlyList<CustomerRecord> Records);

/// <summary>What is wrong with one row: which row, which column (null: the whole row), and why.</summary>
public sealed record RowError(int Row, int Line, string? Column, string Reason)
{
    public override string ToString() => Column is null ? $"row {Row} (line {Line}): {Reason}" : $"row {Row} (line {Line}), column `{Column}`: {Reason}";
}

/// <summary>The file as a whole cannot be read (not CSV, no header, not an array of objects): no row is usable.</summary>
public sealed class CustomerDataException(string message) : Exception(message);
