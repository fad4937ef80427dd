using System.Collections.Immutable;

namespace Pledge.Compiler.Documents.Prose;

/// <summary>
/// One item written out in one language: a sentence (<see cref="Text"/>), and for tabular items a table
/// (<see cref="Table"/>) and notes under it (<see cref="List"/>: severity definitions, excluded matters).
/// Plain text: templates escape it.
/// </summary>
public sealed record LocalizedBlock(string Kind, string Family, string Lang, string Text, BlockTable? Table, ImmutableArray<string> List);

/// <summary>A table of plain-text cells; the first column heads its row.</summary>
public sealed record BlockTable(ImmutableArray<string> Head, ImmutableArray<ImmutableArray<string>> Rows);
