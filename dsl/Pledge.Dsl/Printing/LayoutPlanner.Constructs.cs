using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>The constructs with a layout of their own: texts, ranges, definitions and the nested tables.</summary>
internal sealed partial class LayoutPlanner
{
    /// <summary>Every token of the element with the default spacing, except where a construct below says otherwise.</summary>
    private void Visit(SyntaxElement? element)
    {
        switch (element)
        {
            case null:
                break;
            case SyntaxToken token:
                Put(token);
                break;
            case TextSyntax text:
                VisitText(text, null);
                break;
            case WeekdayRangeSyntax range:
                Tight(range.From, range.Dash, range.To);
                break;
            case TimeRangeSyntax range:
                Tight(range.From, range.Dash, range.To);
                break;
            case DefineItemSyntax define:
                Put(define.Keyword);
                VisitText(define.Term, null);
                Put(define.Colon);
                // A definition too long for the line starts on the next one, then continues after each `/`.
                if (_broken.Contains(define.Definition)) _next = Continuation();
                VisitText(define.Definition, null);
                break;
            case SyntaxNode node:
                foreach (var child in node.Children) Visit(child);
                break;
        }
    }

    /// <summary>`"中文" / "English"`; a broken text puts each part after the first on a continuation line.</summary>
    private void VisitText(TextSyntax text, AlignKey? anchor)
    {
        var broken = _broken.Contains(text);
        var first = true;
        foreach (var child in text.Parts.Children)
        {
            switch (child)
            {
                case StringLiteralSyntax part:
                    Put(part.Token, first ? anchor : null);
                    first = false;
                    break;
                case SyntaxToken separator:
                    Put(separator);
                    if (broken) _next = Continuation();
                    break;
                default:
                    Visit(child);
                    break;
            }
        }
    }

    /// <summary>`Mon-Fri`, `09:00-18:00`: one word (a weekly `span Mon 09:00 - Fri 17:00` keeps its spaces).</summary>
    private void Tight(SyntaxToken from, SyntaxToken? dash, SyntaxToken? to)
    {
        Put(from);
        if (dash is null)
        {
            Put(to);
            return;
        }
        _next = NoSpace;
        Put(dash);
        if (to is null) return;
        _next = NoSpace;
        Put(to);
    }

    private void StartRow(int level, bool first)
    {
        _continuation = Indent(level + 1);
        _next = LayoutDirective.Line(Indent(level), first ? BlankPolicy.Drop : BlankPolicy.Keep);
    }

    /// <summary>A response matrix: one row per line, the `|` of each column in one column across all rows.</summary>
    private void PlanMatrix(MatrixItemSyntax matrix, int level)
    {
        Put(matrix.Keyword);
        Put(matrix.OpenBrace);
        var group = NewGroup();
        var first = true;
        if (matrix.Header is { } header)
        {
            StartRow(level + 1, first);
            first = false;
            Put(header.SeverityKeyword);
            for (var i = 0; i < header.Cells.Length; i++)
            {
                Put(header.Cells[i].Pipe, new AlignKey(group, i + 1));
                Put(header.Cells[i].Milestone);
            }
        }
        foreach (var row in matrix.Rows)
        {
            StartRow(level + 1, first);
            first = false;
            if (row is MatrixRowSyntax cells)
            {
                Put(cells.Severity);
                for (var i = 0; i < cells.Cells.Length; i++)
                {
                    Put(cells.Cells[i].Pipe, new AlignKey(group, i + 1));
                    Visit(cells.Cells[i].Deadline);
                }
            }
            else
            {
                Visit(row);
            }
        }
        PlanClose(matrix.CloseBrace, level, !first);
    }

    /// <summary>`arrive by distance { up to 50 km : 2 h … }`: one tier per line, the `:` aligned.</summary>
    private void PlanDistanceTiers(DistanceCommitmentItemSyntax item, int level)
    {
        Put(item.Milestone);
        foreach (var keyword in item.Keywords) Put(keyword);
        Put(item.OpenBrace);
        var group = NewGroup();
        for (var i = 0; i < item.Tiers.Length; i++)
        {
            StartRow(level + 1, i == 0);
            if (item.Tiers[i] is DistanceTierSyntax tier)
            {
                foreach (var keyword in tier.Keywords) Put(keyword);
                Visit(tier.Distance);
                Put(tier.Colon, new AlignKey(group, 1));
                Visit(tier.Deadline);
            }
            else
            {
                Visit(item.Tiers[i]);
            }
        }
        PlanClose(item.CloseBrace, level, item.Tiers.Length > 0);
    }

    /// <summary>`remedy credit P by availability { below 99.9% : 10% … }, cap …`: the cap follows the `}`.</summary>
    private void PlanCreditTable(CreditRemedySyntax remedy, int level)
    {
        Put(remedy.RemedyKeyword);
        Put(remedy.CreditKeyword);
        Put(remedy.Parameter);
        foreach (var keyword in remedy.ByKeywords) Put(keyword);
        Put(remedy.OpenBrace);
        var group = NewGroup();
        for (var i = 0; i < remedy.Tiers.Length; i++)
        {
            StartRow(level + 1, i == 0);
            if (remedy.Tiers[i] is CreditTierSyntax tier)
            {
                foreach (var keyword in tier.Operator) Put(keyword);
                Put(tier.Threshold);
                Put(tier.Colon, new AlignKey(group, 1));
                Put(tier.Credit);
            }
            else
            {
                Visit(remedy.Tiers[i]);
            }
        }
        PlanClose(remedy.CloseBrace, level, remedy.Tiers.Length > 0);
        _continuation = Indent(level + 1);
        Visit(remedy.Cap);
    }
}
