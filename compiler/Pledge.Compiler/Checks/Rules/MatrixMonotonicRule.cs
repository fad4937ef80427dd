using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3005: in each matrix column, a more severe fault (a lower severity rank) never gets more time
/// than a less severe one; equal times are fine (`critical resolve 12 h` against `major`'s `6 h` is
/// flagged). Only deadlines on the same clock are compared (see <see cref="DeadlineFacts"/>), and only
/// severities declared in one file, whose order is their rank.
/// </summary>
public sealed class MatrixMonotonicRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.MatrixNotMonotonic;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Matrix is not { } matrix || DeadlineFacts.HasUnknownClock(clause)) continue;
            for (var column = 0; column < matrix.Columns.Length; column++)
            {
                if (matrix.Columns[column] is not { } milestone) continue;
                var cells = matrix.Rows
                    .Select(r => (Row: r, Deadline: r.GetCell(column)))
                    .Where(c => c.Deadline is not null)
                    .Select(c => (c.Row, Deadline: c.Deadline!, Time: DeadlineFacts.Measure(c.Deadline!, clause.Clock)))
                    .Where(c => c.Time is not null)
                    .ToList();
                foreach (var severe in cells)
                {
                    // The less severe row with the shortest comparable deadline is the clearest proof.
                    var faster = cells
                        .Where(c => ReferenceEquals(c.Row.Severity.Tree, severe.Row.Severity.Tree)
                                    && c.Row.Severity.Rank > severe.Row.Severity.Rank
                                    && c.Time!.IsComparableWith(severe.Time!)
                                    && c.Time.Minutes < severe.Time!.Minutes)
                        .OrderBy(c => c.Time!.Minutes)
                        .ThenBy(c => c.Row.Severity.Rank)
                        .FirstOrDefault();
                    if (faster.Row is null) continue;
                    var severeText = DeadlineFacts.Text(severe.Deadline);
                    var fasterText = DeadlineFacts.Text(faster.Deadline);
                    var name = milestone.Keyword();
                    context.Report(severe.Deadline.Syntax,
                        $"`{severe.Row.Severity.Name}` {name} `{severeText}` is longer than `{faster.Row.Severity.Name}`'s `{fasterText}`" +
                        Figures(severe.Time!, severeText, faster.Time!, fasterText) +
                        $": `{severe.Row.Severity.Name}` is the more severe fault but gets more time",
                        $"give `{severe.Row.Severity.Name}` at most `{fasterText}` to {name}, or give `{faster.Row.Severity.Name}` more time; equal times are fine",
                        ConsistencyFixes.CopyDeadline(context, severe.Deadline.Syntax, faster.Deadline.Syntax, $"change to `{fasterText}`"));
                }
            }
        }
    }

    /// <summary>The working time of both deadlines when their written units do not show it (` (540 min against 480 min on office)`).</summary>
    internal static string Figures(DeadlineMagnitude a, string aText, DeadlineMagnitude b, string bText)
    {
        var aPlain = !a.CloseOfDay && aText.StartsWith(DeadlineFacts.Elapsed(a.Minutes), StringComparison.Ordinal);
        var bPlain = !b.CloseOfDay && bText.StartsWith(DeadlineFacts.Elapsed(b.Minutes), StringComparison.Ordinal);
        if (aPlain && bPlain) return "";
        return a.Clock is null
            ? $" ({DeadlineFacts.Elapsed(a.Minutes)} against {DeadlineFacts.Elapsed(b.Minutes)})"
            : $" ({DeadlineFacts.Elapsed(a.Minutes)} against {DeadlineFacts.Elapsed(b.Minutes)} of working time on `{a.Clock.Name}`)";
    }
}
