using Pledge.Compiler.Facts;
using Pledge.Compiler.Interpretation;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Incidents;

namespace Pledge.Compiler.Emit;

/// <summary>
/// A clause's milestones for one incident, in the interpreter's order: the matrix row of the incident's severity (a
/// `switch` over the severity names, each case with its deadlines folded), the single commitments, then the distance
/// tiers (an `if` chain over the bounds in the order written, `beyond` last).
/// </summary>
internal static class MilestoneEmitter
{
    public static void Write(CodeWriter w, ClauseSymbol clause, EmitScope scope)
    {
        if (clause.Matrix is { } matrix) WriteMatrix(w, clause, matrix, scope);
        foreach (var commitment in clause.Commitments)
            WriteJudged(w, clause, commitment.Milestone, commitment.Deadline, DeadlineFacts.Text(commitment.Deadline), commitment.Anchor, scope);
        foreach (var distance in clause.DistanceCommitments) WriteDistance(w, clause, distance, scope);
    }

    private static void WriteMatrix(CodeWriter w, ClauseSymbol clause, ResponseMatrix matrix, EmitScope scope)
    {
        w.Block("switch (incident.Severity)", () =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in matrix.Rows)
            {
                // The first row of a severity is the one used; a repeated row (an error the checks report) is never reached.
                if (!seen.Add(row.Severity.Name)) continue;
                w.Line($"case {CSharpText.String(row.Severity.Name)}:");
                w.Block(() =>
                {
                    for (var column = 0; column < matrix.Columns.Length; column++)
                    {
                        if (matrix.Columns[column] is not { } milestone) continue;
                        if (row.GetCell(column) is { } cell)
                            WriteJudged(w, clause, milestone, cell, DeadlineFacts.Text(cell), clause.AnchorOf(milestone), scope);
                    }
                    w.Line("break;");
                });
            }
            w.Line("default:");
            w.Block(() =>
            {
                foreach (var milestone in matrix.Columns)
                    if (milestone is { } m)
                        WriteNotJudged(w, m, "matrix", "MilestoneRules.NoMatrixRow(incident)");
                w.Line("break;");
            });
        });
    }

    private static void WriteDistance(CodeWriter w, ClauseSymbol clause, DistanceCommitment distance, EmitScope scope)
    {
        var milestone = distance.Milestone;
        var anchor = clause.AnchorOf(milestone);
        // A block of its own: `km` is scoped to it, so a clause may have several distance commitments.
        w.Block(() => WriteDistanceTiers(w, clause, distance, milestone, anchor, scope));
    }

    private static void WriteDistanceTiers(CodeWriter w, ClauseSymbol clause, DistanceCommitment distance, Milestone milestone, IncidentEvent anchor, EmitScope scope)
    {
        w.Line("if (incident.DistanceKm is not { } km)");
        w.Block(() => WriteNotJudged(w, milestone, "by distance", CSharpText.String("`distance_km` is empty: the distance tier cannot be chosen")));
        // The first tier whose bound is at least the distance, in the order written; `beyond` catches the rest.
        foreach (var tier in distance.Tiers)
        {
            if (tier.IsBeyond || tier.UpToKm is not { } upTo) continue;
            w.Line($"else if (km <= {CSharpText.Decimal(upTo)})");
            w.Block(() => WriteTier(w, clause, milestone, anchor, tier, scope));
        }
        w.Line("else");
        w.Block(() =>
        {
            if (distance.Tiers.FirstOrDefault(t => t.IsBeyond) is { } beyond)
                WriteTier(w, clause, milestone, anchor, beyond, scope);
            else
                WriteNotJudged(w, milestone, "by distance", "$\"no distance tier covers {DecimalText.Format(km)} km\"");
        });
    }

    private static void WriteTier(CodeWriter w, ClauseSymbol clause, Milestone milestone, IncidentEvent anchor, DistanceTier tier, EmitScope scope)
    {
        if (tier.Deadline is null)
        {
            WriteNotJudged(w, milestone, TierText(tier, "-"), "$\"no commitment at {DecimalText.Format(km)} km (the tier is `-`)\"");
            return;
        }
        WriteJudged(w, clause, milestone, tier.Deadline, TierText(tier, DeadlineFacts.Text(tier.Deadline)), anchor, scope);
    }

    private static string TierText(DistanceTier tier, string deadline) =>
        tier.IsBeyond ? $"{deadline} (beyond)" : $"{deadline} (up to {DecimalText.Format(tier.Amount!.Value)} {tier.Unit})";

    /// <param name="reason">A C# expression of type string (a literal, or built from runtime values only).</param>
    private static void WriteNotJudged(CodeWriter w, Milestone milestone, string written, string reason)
    {
        var metBy = milestone.MetBy().ToRuntime();
        w.Line($"MilestoneRules.NotJudged(milestones, incident, bounds, {CSharpText.String(milestone.Keyword())}, {CSharpText.String(metBy.ColumnName())}, " +
               $"{CSharpText.String(written)}, incident.{metBy}, {reason});");
    }

    private static void WriteJudged(CodeWriter w, ClauseSymbol clause, Milestone milestone, Deadline deadline, string written, IncidentEvent anchor, EmitScope scope)
    {
        var metBy = milestone.MetBy().ToRuntime();
        var start = anchor.ToRuntime();
        var args = $"{CSharpText.String(milestone.Keyword())}, {CSharpText.String(metBy.ColumnName())}, {CSharpText.String(written)}";
        var due = TimeLowering.Due("start", deadline, scope.Clock(deadline.On ?? clause.Clock), "why");
        w.Block(() =>
        {
            w.Line($"if (incident.{start} is {{ }} start)");
            w.Block(() =>
            {
                if (!due.Nullable)
                {
                    w.Line($"MilestoneRules.Judge(milestones, bounds, {args}, {due.Expression}, incident.{metBy});");
                    return;
                }
                w.Line($"string? why = {CSharpText.NullableString(due.ConstantWhy)};");
                w.Line($"Instant? due = {due.Expression};");
                w.Line($"MilestoneRules.Judge(milestones, bounds, {args}, start, due, why, incident.{metBy});");
            });
            w.Line("else");
            w.Line($"    MilestoneRules.NoStart(milestones, incident, bounds, {args}, incident.{metBy}, {CSharpText.String(start.ColumnName())});");
        });
    }
}
