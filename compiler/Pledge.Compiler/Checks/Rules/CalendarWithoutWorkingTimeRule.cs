using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3015: a deadline on a calendar with no working time (no working days; no hours and no span;
/// hours or a span of zero length) never falls due, since its working time is never used up. A
/// deadline with its own `on CALENDAR` is reported where it stands; deadlines on the clause's clock
/// are reported once, at the `clock` item.
/// </summary>
public sealed class CalendarWithoutWorkingTimeRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DeadlineOnCalendarWithoutWorkingTime;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            var onClock = 0;
            foreach (var deadline in Deadlines(clause))
            {
                if (DeadlineFacts.ClockOf(deadline, clause.Clock) is not { } calendar) continue;
                var working = CalendarWorkingTime.Of(calendar);
                if (working.HasWorkingTime) continue;
                if (deadline.On is null)
                {
                    onClock++;
                    continue;
                }
                context.Report(deadline.Syntax,
                    $"`{DeadlineFacts.Text(deadline)}` never falls due, so it promises nothing: it runs on `{calendar.Name}`, which has no working time ({working.Lacking})",
                    $"give `{calendar.Name}` working days and hours (or a `span`), or measure this deadline on another clock");
            }
            if (onClock == 0 || clause.Clock is not { } clock) continue;
            var clockItem = clause.Syntax.Body.Items.OfType<ClockItemSyntax>().First();
            context.Report(clockItem,
                $"`clock {clock.Name}` runs {(onClock == 1 ? "1 deadline" : $"{onClock} deadlines")} of this clause on a calendar with no working time " +
                $"({CalendarWorkingTime.Of(clock).Lacking}): {(onClock == 1 ? "it" : "none of them")} can ever be met",
                $"give `{clock.Name}` working days and hours (or a `span`), or use another clock");
        }
    }

    /// <summary>Every deadline of the clause: matrix cells, single commitments, distance tiers.</summary>
    private static IEnumerable<Deadline> Deadlines(ClauseSymbol clause)
    {
        if (clause.Matrix is { } matrix)
            foreach (var row in matrix.Rows)
            foreach (var cell in row.Cells)
                if (cell is not null) yield return cell;
        foreach (var commitment in clause.Commitments) yield return commitment.Deadline;
        foreach (var distance in clause.DistanceCommitments)
        foreach (var tier in distance.Tiers)
            if (tier.Deadline is not null) yield return tier.Deadline;
    }
}
