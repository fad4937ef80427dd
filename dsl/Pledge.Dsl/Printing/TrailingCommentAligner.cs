namespace Pledge.Dsl.Printing;

/// <summary>
/// Trailing comments on consecutive lines start at one column, two spaces after the longest of those lines
/// (as gofmt does); a blank line, or a line without a trailing comment, starts a new run.
/// </summary>
internal static class TrailingCommentAligner
{
    private const int MinimumGap = 2;

    public static void Align(IReadOnlyList<FormattedLine> lines)
    {
        var run = new List<FormattedLine>();
        foreach (var line in lines)
        {
            var continuesRun = line.TrailingComment is not null && line.Pieces.Count > 0 && !line.BlankBefore;
            if (!continuesRun) Flush(run);
            if (line.TrailingComment is not null && line.Pieces.Count > 0) run.Add(line);
        }
        Flush(run);
    }

    private static void Flush(List<FormattedLine> run)
    {
        if (run.Count == 0) return;
        var column = run.Max(l => l.EndColumn) + MinimumGap;
        foreach (var line in run) line.TrailingGap = column - line.EndColumn;
        run.Clear();
    }
}
