using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>
/// Decides the canonical layout: a <see cref="LayoutDirective"/> for every token (same line with or without a space,
/// new line at which indentation, blank lines, alignment). Only whitespace is decided here; comments are placed by
/// <see cref="LineWriter"/> around these decisions, so no construct can lose one.
/// </summary>
internal sealed partial class LayoutPlanner
{
    /// <summary>
    /// A line longer than this breaks where the language allows it: a bilingual text after `/`, a comma list after
    /// `,`. Other lines (one long string, a comment) stay long: there is no break that keeps them readable.
    /// </summary>
    public const int MaxLineWidth = 100;

    private static readonly LayoutDirective NoSpace = new(BreakKind.None);

    private readonly FormatOptions _options;
    private readonly Dictionary<SyntaxToken, LayoutDirective> _plan = [];
    private readonly HashSet<TextSyntax> _broken = [];
    private LayoutDirective? _next;
    private int _continuation;
    private int _groups;

    private LayoutPlanner(FormatOptions options) => _options = options;

    public static IReadOnlyDictionary<SyntaxToken, LayoutDirective> Plan(CompilationUnitSyntax root, FormatOptions options)
    {
        var planner = new LayoutPlanner(options);
        planner.PlanFile(root);
        return planner._plan;
    }

    private int Indent(int level) => level * _options.IndentSize;

    private int NewGroup() => ++_groups;

    private void PlanFile(CompilationUnitSyntax root)
    {
        DeclarationKind? previous = null;
        var group = 0;
        for (var i = 0; i < root.Declarations.Length; i++)
        {
            var declaration = root.Declarations[i];
            var kind = DeclarationKinds.Of(declaration);
            var blank = previous is not { } p ? BlankPolicy.Drop
                : DeclarationKinds.NeedsBlankBetween(p, kind) ? BlankPolicy.Force
                : BlankPolicy.Keep;
            // A run of parameters (causes, severities) is one table until a blank line or another kind interrupts it.
            var continuesTable = DeclarationKinds.IsTabular(kind) && previous == kind && !HasBlankLineBefore(declaration);
            if (!continuesTable) group = NewGroup();
            PlanDeclaration(declaration, LayoutDirective.Line(0, blank), group);
            previous = kind;
        }
        _continuation = 0;
        _plan[root.EndOfFile] = LayoutDirective.Line(0, root.Declarations.Length == 0 ? BlankPolicy.Drop : BlankPolicy.Keep);
    }

    private static bool HasBlankLineBefore(SyntaxNode node)
    {
        if (node.FirstToken is not { } token) return false;
        var gap = TriviaGap.Analyse(token.LeadingTrivia);
        return gap.BreaksBeforeToken >= 2 || gap.Comments.Any(c => c.BreaksBefore >= 2);
    }

    private void PlanDeclaration(SyntaxNode declaration, LayoutDirective first, int group)
    {
        switch (declaration)
        {
            case CalendarDeclarationSyntax d: PlanBlockDeclaration(d.Keyword, d.Name, d.Title, d.Body, first); break;
            case ExclusionDeclarationSyntax d: PlanBlockDeclaration(d.Keyword, d.Name, d.Title, d.Body, first); break;
            case ClauseDeclarationSyntax d: PlanBlockDeclaration(d.Keyword, d.Name, d.Title, d.Body, first); break;
            case WarrantyDeclarationSyntax d: PlanBlockDeclaration(d.Keyword, d.Name, d.Title, d.Body, first); break;
            default:
                PlanWrapped(declaration, [.. declaration.DescendantTokens()], first, Indent(1),
                    () => VisitDeclaration(declaration, group));
                break;
        }
    }

    private void VisitDeclaration(SyntaxNode declaration, int group)
    {
        switch (declaration)
        {
            case ParameterDeclarationSyntax p:
                Put(p.Keyword);
                Put(p.Name);
                VisitText(p.Title, new AlignKey(group, 1));
                Put(p.Colon, new AlignKey(group, 2));
                Put(p.Type);
                break;
            case CauseDeclarationSyntax c:
                Put(c.Keyword);
                Put(c.Name);
                VisitText(c.Title, new AlignKey(group, 1));
                break;
            case SeverityDeclarationSyntax s:
                Put(s.Keyword);
                Put(s.Name);
                VisitText(s.Title, new AlignKey(group, 1));
                Put(s.Colon, new AlignKey(group, 2));
                if (s.Description is { } description)
                {
                    // A description too long for the line starts on its own line, as a definition does.
                    if (_broken.Contains(description)) _next = Continuation();
                    VisitText(description, null);
                }
                break;
            default:
                Visit(declaration);
                break;
        }
    }

    private void PlanBlockDeclaration(SyntaxToken keyword, SyntaxToken name, TextSyntax title, BlockSyntax body, LayoutDirective first)
    {
        List<SyntaxToken> header = [keyword, name, .. title.DescendantTokens(), body.OpenBrace];
        PlanWrapped(title, header, first, Indent(1), () =>
        {
            Put(keyword);
            Put(name);
            VisitText(title, null);
            Put(body.OpenBrace);
        });
        PlanItems(body.Items, 1);
        PlanClose(body.CloseBrace, 0, body.Items.Length > 0);
    }

    private void PlanItems(ImmutableArray<SyntaxNode> items, int level)
    {
        for (var i = 0; i < items.Length; i++) PlanItem(items[i], level, i == 0 ? BlankPolicy.Drop : BlankPolicy.Keep);
    }

    private void PlanItem(SyntaxNode item, int level, BlankPolicy blank)
    {
        var first = LayoutDirective.Line(Indent(level), blank);
        switch (item)
        {
            case MatrixItemSyntax m:
                StartItem(first, level);
                PlanMatrix(m, level);
                break;
            case DistanceCommitmentItemSyntax d:
                StartItem(first, level);
                PlanDistanceTiers(d, level);
                break;
            case CreditRemedySyntax c:
                StartItem(first, level);
                PlanCreditTable(c, level);
                break;
            default:
                PlanWrapped(item, [.. item.DescendantTokens()], first, Indent(level + 1), () => Visit(item));
                break;
        }
    }

    private void StartItem(LayoutDirective first, int level)
    {
        _next = first;
        _continuation = Indent(level + 1);
    }

    /// <summary>`}` on its own line; comments before it belong to the items, so they get the items' indentation.</summary>
    private void PlanClose(SyntaxToken? close, int level, bool hasContent)
    {
        if (close is null) return;
        _continuation = Indent(level + 1);
        _next = LayoutDirective.Line(Indent(level), hasContent ? BlankPolicy.Keep : BlankPolicy.Drop,
            commentIndent: Indent(level + 1), keepBlankBeforeToken: false);
        Put(close);
    }

    /// <summary>
    /// Plans a declaration or item (<paramref name="unit"/> holds its breakable parts); while a line is longer than
    /// <see cref="MaxLineWidth"/>, breaks its longest bilingual text not yet broken after each `/` (if that shortens
    /// the longest line), and plans again; a comma list still too long is then filled onto continuation lines.
    /// Widths are measured before alignment and without comments, so that the decision depends on the tokens alone
    /// and a second format decides the same.
    /// </summary>
    private void PlanWrapped(SyntaxNode unit, IReadOnlyList<SyntaxToken> measured, LayoutDirective first,
        int continuation, Action plan)
    {
        void Run()
        {
            _next = first;
            _continuation = continuation;
            plan();
        }

        Run();
        var width = Measure(measured);
        foreach (var text in BilingualTexts(unit).OrderByDescending(FlatWidth))
        {
            if (width <= MaxLineWidth) break;
            _broken.Add(text);
            Run();
            var broken = Measure(measured);
            if (broken < width)
            {
                width = broken;
                continue;
            }
            // Breaking this text did not shorten the longest line (a single part longer than the limit): keep it whole.
            _broken.Remove(text);
            Run();
        }
        if (width > MaxLineWidth) FillCommaLists(unit, measured);
    }

    /// <summary>
    /// The longest line of the tokens as planned, comments left out: comments must not decide a break, because a
    /// break can turn an inline comment into a trailing one and the next format would then decide differently.
    /// </summary>
    private int Measure(IReadOnlyList<SyntaxToken> tokens)
    {
        int widest = 0, column = 0;
        var lineStarted = false;
        foreach (var token in tokens)
        {
            if (token.Text.Length == 0 || !_plan.TryGetValue(token, out var directive)) continue;
            if (directive.StartsLine || !lineStarted) column = directive.StartsLine ? directive.Indent : directive.ContinuationIndent;
            else column += directive.Break == BreakKind.None ? 0 : 1;
            lineStarted = true;
            var physical = token.Text.Split('\n');
            widest = Math.Max(widest, column + DisplayWidth.Of(physical[0]));
            for (var i = 1; i < physical.Length; i++) widest = Math.Max(widest, DisplayWidth.Of(physical[i]));
            column = DisplayWidth.Advance(column, token.Text);
        }
        return widest;
    }

    private static int FlatWidth(TextSyntax text) => text.DescendantTokens().Sum(t => DisplayWidth.Of(t.Text) + 1);

    /// <summary>The texts of an item that may be broken: those with a part per language.</summary>
    private static List<TextSyntax> BilingualTexts(SyntaxNode node) =>
        [.. node.DescendantNodes().Prepend(node).OfType<TextSyntax>().Where(t => t.Parts.Count >= 2)];

    private LayoutDirective Continuation() => new(BreakKind.Continuation, _continuation);

    private void Put(SyntaxToken? token, AlignKey? anchor = null)
    {
        if (token is null) return;
        var directive = _next ?? (token.Kind is TokenKind.Comma or TokenKind.DotDot ? NoSpace : new LayoutDirective(BreakKind.Space));
        // A date range is one word: `2026-10-01..2026-10-07`.
        _next = token.Kind == TokenKind.DotDot ? NoSpace : null;
        _plan[token] = directive with { ContinuationIndent = _continuation, Anchor = anchor ?? directive.Anchor };
    }
}
