using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3006: milestones come in the order acknowledge ≤ respond ≤ arrive ≤ restore ≤ resolve, so an
/// earlier milestone is never due after a later one that runs from the same event: within a matrix
/// row, among the clause's single commitments, and between a row and the single commitments.
/// `report` is exempt (a report may follow the resolution). Equal deadlines are fine; only deadlines
/// on the same clock are compared.
/// </summary>
public sealed class MilestoneOrderRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.MilestoneOrder;

    private sealed record Entry(Milestone Milestone, IncidentEvent Anchor, Deadline Deadline, DeadlineMagnitude Time, bool InMatrix);

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (DeadlineFacts.HasUnknownClock(clause)) continue;
            var singles = clause.Commitments
                .Where(c => c.Milestone != Milestone.Report)
                .Select(c => DeadlineFacts.Measure(c, clause.Clock) is { } time ? new Entry(c.Milestone, c.Anchor, c.Deadline, time, false) : null)
                .OfType<Entry>()
                .ToList();
            var reported = new HashSet<DeadlineSyntax>();
            Compare(context, singles, null, reported);
            if (clause.Matrix is not { } matrix) continue;
            foreach (var row in matrix.Rows)
            {
                var cells = new List<Entry>();
                for (var column = 0; column < matrix.Columns.Length; column++)
                {
                    if (matrix.Columns[column] is not { } milestone || milestone == Milestone.Report) continue;
                    if (row.GetCell(column) is not { } deadline || DeadlineFacts.Measure(deadline, clause.Clock) is not { } time) continue;
                    cells.Add(new Entry(milestone, clause.AnchorOf(milestone), deadline, time, true));
                }
                Compare(context, [.. cells, .. singles], row.Severity.Name, reported);
            }
        }
    }

    /// <summary>Reports each entry due after a later milestone (the one due soonest is named); single-single pairs once.</summary>
    private static void Compare(CheckContext context, List<Entry> entries, string? severity, HashSet<DeadlineSyntax> reported)
    {
        foreach (var early in entries)
        {
            var later = entries
                .Where(e => e.Milestone > early.Milestone
                            && e.Anchor == early.Anchor
                            && (severity is null || e.InMatrix || early.InMatrix)
                            && e.Time.IsComparableWith(early.Time)
                            && e.Time.Minutes < early.Time.Minutes)
                .OrderBy(e => e.Time.Minutes)
                .ThenBy(e => e.Milestone)
                .FirstOrDefault();
            if (later is null || !reported.Add(early.Deadline.Syntax)) continue;
            var earlyText = DeadlineFacts.Text(early.Deadline);
            var laterText = DeadlineFacts.Text(later.Deadline);
            var who = severity is not null && early.InMatrix ? $"`{severity}` " : "";
            var whose = severity is not null && later.InMatrix && !early.InMatrix ? $" (for `{severity}`)" : "";
            context.Report(early.Deadline.Syntax,
                $"{who}{early.Milestone.Keyword()} `{earlyText}` is later than {later.Milestone.Keyword()} `{laterText}`{whose}" +
                MatrixMonotonicRule.Figures(early.Time, earlyText, later.Time, laterText) +
                $", both after `{early.Anchor.ColumnName()}`: the milestones come in the order acknowledge, respond, arrive, restore, resolve",
                $"give {early.Milestone.Keyword()} at most `{laterText}`, or give {later.Milestone.Keyword()} more time; equal times are fine",
                ConsistencyFixes.CopyDeadline(context, early.Deadline.Syntax, later.Deadline.Syntax, $"change to `{laterText}`"));
        }
    }
}
