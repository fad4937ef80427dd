using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Binds a response matrix: its milestone columns, one row per severity (PLG2005 unknown, PLG2008 twice,
/// PLG2011 wrong cell count) and every visible severity given a row (PLG2006).
/// </summary>
internal static class MatrixBinder
{
    public static ResponseMatrix Bind(NameResolver names, MatrixItemSyntax syntax, MilestoneLedger ledger)
    {
        var file = names.File;
        var columns = syntax.Header is null
            ? ImmutableArray<Milestone?>.Empty
            : [.. syntax.Header.Cells.Select(c => ledger.Commit(c.Milestone))];

        var rows = ImmutableArray.CreateBuilder<MatrixRow>();
        var seen = new Dictionary<string, SyntaxToken>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var row in syntax.Rows.OfType<MatrixRowSyntax>())
        {
            if (SyntaxValues.IsMissing(row.Severity)) continue;
            if (syntax.Header is not null && row.Cells.Length != columns.Length)
                file.Diagnostics.Add(DiagnosticCatalogue.MatrixRowCells(row.Span, row.Severity.Text, row.Cells.Length, columns.Length));
            if (seen.TryGetValue(row.Severity.Text, out var first))
            {
                file.Diagnostics.Add(DiagnosticCatalogue.MatrixRowTwice(row.Severity.Span, row.Severity.Text, file.Describe(first)));
                continue;
            }
            seen[row.Severity.Text] = row.Severity;
            var cells = row.Cells.Select(c => DeadlineBinder.Bind(names, c.Deadline)).ToImmutableArray();
            if (names.Resolve<SeveritySymbol>(row.Severity) is { } severity)
                rows.Add(new MatrixRow(severity, cells, row));
            else
                unknown.Add(row.Severity.Text);
        }

        var present = rows.Select(r => r.Severity).ToHashSet();
        foreach (var severity in file.Severities)
            // A misspelt row (`majr`) already says "did you mean `major`?" with a fix; a second
            // diagnostic for the missing `major` row would offer a conflicting fix for one mistake.
            if (!present.Contains(severity) && !unknown.Any(u => NameSuggester.Suggest(u, file.Severities.Select(s => s.Name)) == severity.Name))
                file.Diagnostics.Add(DiagnosticCatalogue.MatrixMissingRow(syntax.Keyword.Span, severity.Name, AddRow(file, syntax, severity.Name, columns.Length)));

        return new ResponseMatrix(columns, rows.ToImmutable(), syntax);
    }

    /// <summary>Inserts `NAME | - | …` on its own line before the `}`, indented like the matrix's first line.</summary>
    private static TextEdit? AddRow(FileBinding file, MatrixItemSyntax syntax, string severity, int columns)
    {
        if (syntax.CloseBrace is not { } close) return null;
        var text = file.Tree.Source.Text;
        var lines = file.Tree.Source.Lines;
        var closeLine = lines.GetPosition(close.Span.Start).Line;
        var lineStart = lines.GetLineStart(closeLine);
        var closeOnOwnLine = text.AsSpan(lineStart, close.Span.Start - lineStart).IsWhiteSpace();
        var sample = (SyntaxNode?)syntax.Header ?? syntax;
        var sampleStart = sample.Span.Start;
        var sampleLineStart = lines.GetLineStart(lines.GetPosition(sampleStart).Line);
        var indent = text.AsSpan(sampleLineStart, sampleStart - sampleLineStart);
        var indentText = indent.IsWhiteSpace() ? indent.ToString() : "  ";
        var row = severity + string.Concat(Enumerable.Repeat(" | -", columns));
        return closeOnOwnLine
            ? new TextEdit(new TextSpan(lineStart, 0), indentText + row + "\n")
            : new TextEdit(new TextSpan(close.Span.Start, 0), row + " ");
    }
}
