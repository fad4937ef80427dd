using System.Collections.Immutable;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>Edits the PLG3xxx fixes share: copying written text and reordering items in place.</summary>
internal static class ConsistencyFixes
{
    public static string TextOf(CheckContext context, TextSpan span) => context.Tree.Source.Text.Substring(span.Start, span.Length);

    /// <summary>
    /// Puts the items in <paramref name="wanted"/> order, each written where an item stood before, so
    /// that the layout (lines, alignment, comments between items) stays.
    /// </summary>
    public static CodeFix? Reorder(CheckContext context, string title, IReadOnlyList<SyntaxNode> written, IReadOnlyList<SyntaxNode> wanted, bool isSafe)
    {
        if (written.Count != wanted.Count || written.Count < 2) return null;
        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        for (var i = 0; i < written.Count; i++)
            if (!ReferenceEquals(written[i], wanted[i])) edits.Add(new TextEdit(written[i].Span, TextOf(context, wanted[i].Span)));
        return edits.Count == 0 ? null : new CodeFix(title, edits.ToImmutable(), isSafe);
    }

    /// <summary>The spaces before the first token on the line that holds <paramref name="offset"/>.</summary>
    public static string IndentationAt(CheckContext context, int offset)
    {
        var text = context.Tree.Source.Text;
        var lines = context.Tree.Source.Lines;
        var start = lines.GetLineStart(lines.GetPosition(offset).Line);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return text[start..end];
    }

    /// <summary>True when the deadline carries its own `on CALENDAR`.</summary>
    public static bool HasOwnCalendar(DeadlineSyntax syntax) => syntax switch
    {
        DurationDeadlineSyntax d => d.On is not null,
        NextBusinessDaySyntax n => n.On is not null,
        EndOfBusinessDaySyntax e => e.On is not null,
        _ => false,
    };

    /// <summary>Replaces one deadline's text with another's, when both name their calendar the same way.</summary>
    public static CodeFix? CopyDeadline(CheckContext context, DeadlineSyntax target, DeadlineSyntax source, string title) =>
        HasOwnCalendar(target) == HasOwnCalendar(source)
            ? CodeFix.Replace(title, target.Span, TextOf(context, source.Span))
            : null;
}
