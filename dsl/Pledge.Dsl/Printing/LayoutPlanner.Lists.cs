using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>Long comma lists (`exclude causes a, b, c …`, holidays) fill their line and continue on the next.</summary>
internal sealed partial class LayoutPlanner
{
    /// <summary>
    /// Walks the planned tokens column by column (comments left out, as in <see cref="Measure"/>) and moves a list
    /// element that would cross <see cref="MaxLineWidth"/> to a continuation line. An element is never split, and
    /// the first element stays after its keyword.
    /// </summary>
    private void FillCommaLists(SyntaxNode unit, IReadOnlyList<SyntaxToken> tokens)
    {
        var elementWidths = new Dictionary<SyntaxToken, int>();
        foreach (var list in CommaLists(unit))
        {
            var children = list.Children.ToList();
            for (var i = 1; i < children.Count; i++)
            {
                if (children[i - 1] is not SyntaxToken { Kind: TokenKind.Comma } || children[i] is SyntaxToken { Kind: TokenKind.Comma }) continue;
                var elementTokens = children[i] is SyntaxNode node ? [.. node.DescendantTokens()] : new List<SyntaxToken> { (SyntaxToken)children[i] };
                if (elementTokens.Count == 0) continue;
                var trailingComma = i + 1 < children.Count && children[i + 1] is SyntaxToken { Kind: TokenKind.Comma } ? 1 : 0;
                elementWidths[elementTokens[0]] = FlatWidth(elementTokens) + trailingComma;
            }
        }
        if (elementWidths.Count == 0) return;

        var column = 0;
        var lineStarted = false;
        foreach (var token in tokens)
        {
            if (token.Text.Length == 0 || !_plan.TryGetValue(token, out var directive)) continue;
            if (lineStarted && !directive.StartsLine && elementWidths.TryGetValue(token, out var element)
                && column + 1 + element > MaxLineWidth && column > directive.ContinuationIndent)
            {
                directive = directive with { Break = BreakKind.Continuation, Indent = directive.ContinuationIndent };
                _plan[token] = directive;
            }
            if (directive.StartsLine || !lineStarted) column = directive.StartsLine ? directive.Indent : directive.ContinuationIndent;
            else column += directive.Break == BreakKind.None ? 0 : 1;
            lineStarted = true;
            column = DisplayWidth.Advance(column, token.Text);
        }
    }

    /// <summary>The lists of the unit whose separators are commas (texts are separated by `/`, coverages by `or`).</summary>
    private static IEnumerable<SyntaxNode> CommaLists(SyntaxNode unit) =>
        unit.DescendantNodes().Prepend(unit).Where(n =>
            n.GetType().IsGenericType && n.GetType().GetGenericTypeDefinition() == typeof(SeparatedListSyntax<>) &&
            n.Children.Any(c => c is SyntaxToken { Kind: TokenKind.Comma }));

    /// <summary>The width of tokens laid out as planned on one line.</summary>
    private int FlatWidth(IReadOnlyList<SyntaxToken> tokens)
    {
        var width = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var separated = i > 0 && !(_plan.TryGetValue(tokens[i], out var d) && d.Break == BreakKind.None);
            width += (separated ? 1 : 0) + DisplayWidth.Of(tokens[i].Text);
        }
        return width;
    }
}
