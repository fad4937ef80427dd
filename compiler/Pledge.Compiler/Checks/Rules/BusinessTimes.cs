using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// The places of a clause that measure time in business units (`2 business days`, `4 business hours`,
/// `next business day`, `end of business day N`), with the calendar they run on. Shared by PLG4002 and PLG4003.
/// </summary>
internal static class BusinessTimes
{
    /// <param name="What">how a message names the place: "the `critical` `resolve` deadline".</param>
    /// <param name="Written">the business time as written, for messages.</param>
    /// <param name="Days">true for business days and close-of-day forms (which need daily hours); false for business hours.</param>
    /// <param name="Calendar">the calendar it runs on: its own `on CALENDAR`, else the clause's clock; null for 24x7.</param>
    /// <param name="OnInsertAt">where ` on CALENDAR` may be written for this place alone, or null when it cannot.</param>
    public sealed record Use(string What, SyntaxElement Syntax, string Written, bool Days, CalendarSymbol? Calendar, int? OnInsertAt);

    public static IEnumerable<Use> Of(ClauseSymbol clause)
    {
        if (clause.Matrix is { } matrix)
        {
            foreach (var row in matrix.Rows)
            {
                for (var i = 0; i < row.Cells.Length; i++)
                {
                    if (row.Cells[i] is not { } cell) continue;
                    var milestone = i < matrix.Columns.Length && matrix.Columns[i] is { } m ? $" `{m.Keyword()}`" : "";
                    if (FromDeadline($"the `{row.Severity.Name}`{milestone} deadline", cell, clause) is { } use) yield return use;
                }
            }
        }
        foreach (var commitment in clause.Commitments)
        {
            if (commitment.Syntax.On is not null && commitment.Deadline.On is null) continue; // unresolved calendar (reported by binding)
            if (FromDeadline($"the `{commitment.Milestone.Keyword()}` deadline", commitment.Deadline, clause, commitment.Syntax.Span.End) is { } use)
                yield return use;
        }
        foreach (var distance in clause.DistanceCommitments)
        {
            foreach (var tier in distance.Tiers)
            {
                if (tier.Deadline is null) continue;
                var where = tier.IsBeyond ? "`beyond`" : $"`up to {tier.Amount} {tier.Unit}`";
                if (FromDeadline($"the `{distance.Milestone.Keyword()}` deadline {where}", tier.Deadline, clause) is { } use) yield return use;
            }
        }
        foreach (var planned in clause.PlannedExclusions)
        {
            if (!IsBusiness(planned.Notice.Unit)) continue;
            var calendar = planned.NoticeCalendar ?? (planned.Syntax.On is null ? clause.Clock : null);
            if (planned.Syntax.On is not null && planned.NoticeCalendar is null) continue; // the calendar did not resolve (reported)
            yield return new Use("the notice of planned maintenance", planned.Syntax.Notice, Written(planned.Syntax.Notice),
                planned.Notice.Unit == DurationUnit.BusinessDay, calendar, planned.Syntax.On is null ? planned.Syntax.Notice.Span.End : null);
        }
        foreach (var item in clause.Syntax.Body.Items.OfType<ExcludeUnreportedItemSyntax>())
        {
            if (clause.UnreportedAfter is not { } window || !IsBusiness(window.Unit)) continue;
            yield return new Use("the `exclude unreported` window", item.Window, Written(item.Window), window.Unit == DurationUnit.BusinessDay, clause.Clock, null);
            break;
        }
        if (clause.Claim is { } claim && IsBusiness(claim.Window.Unit))
            yield return new Use("the claim window", claim.Syntax.Window, Written(claim.Syntax.Window), claim.Window.Unit == DurationUnit.BusinessDay, clause.Clock, null);
    }

    private static Use? FromDeadline(string what, Deadline deadline, ClauseSymbol clause, int? insertAt = null)
    {
        var explicitOn = deadline.Syntax switch
        {
            DurationDeadlineSyntax d => d.On,
            NextBusinessDaySyntax n => n.On,
            EndOfBusinessDaySyntax e => e.On,
            _ => null,
        };
        if (explicitOn is not null && deadline.On is null) return null; // unresolved calendar (reported by binding)
        var calendar = deadline.On ?? clause.Clock;
        return deadline switch
        {
            DurationDeadline { Duration.Unit: var unit } d when IsBusiness(unit) && d.Syntax is DurationDeadlineSyntax syntax =>
                new Use(what, deadline.Syntax, Written(syntax.Duration), unit == DurationUnit.BusinessDay, calendar, insertAt ?? deadline.Syntax.Span.End),
            CloseOfBusinessDayDeadline => new Use(what, deadline.Syntax, Written(deadline.Syntax), true, calendar, insertAt ?? deadline.Syntax.Span.End),
            _ => null,
        };
    }

    private static bool IsBusiness(DurationUnit unit) => unit is DurationUnit.BusinessDay or DurationUnit.BusinessHour;

    private static string Written(SyntaxNode node) => string.Join(' ', node.DescendantTokens().Select(t => t.Text));
}
