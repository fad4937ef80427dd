using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Suppressions;

/// <summary>
/// Drops the diagnostics a file's `pledge-ignore` comments name, and reports the comments that are
/// wrong: without a reason, naming an unknown code, or suppressing nothing. Syntax errors cannot be
/// suppressed: a file that does not parse has no meaning to excuse.
/// </summary>
public static class SuppressionFilter
{
    public static List<Diagnostic> Apply(SyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        var suppressions = SuppressionScanner.Scan(tree);
        if (suppressions.Count == 0) return [.. diagnostics];
        var lines = tree.Source.Lines;
        var used = new HashSet<Suppression>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var line = lines.GetPosition(diagnostic.Span.Start).Line;
            var by = diagnostic.Descriptor.Family == "syntax"
                ? null
                : suppressions.FirstOrDefault(s => s.TargetLine == line && Names(s, diagnostic.Descriptor));
            if (by is null) kept.Add(diagnostic);
            else used.Add(by);
        }
        foreach (var s in suppressions)
        {
            if (s.Code.Length == 0)
            {
                kept.Add(DiagnosticCatalogue.SuppressionWithoutCode(s.CommentSpan));
                continue;
            }
            var descriptor = DiagnosticCatalogue.Find(s.Code);
            if (descriptor is null)
            {
                kept.Add(DiagnosticCatalogue.SuppressedCodeUnknown(s.CodeSpan, s.Code));
                continue;
            }
            if (s.Reason is null) kept.Add(DiagnosticCatalogue.SuppressionNeedsReason(s.CodeSpan, descriptor.Code));
            if (!used.Contains(s)) kept.Add(DiagnosticCatalogue.SuppressionUnused(s.CommentSpan, descriptor.Code, Removal(tree.Source.Text, s.CommentSpan)));
        }
        return kept;
    }

    /// <summary>The comment's whole line (with its line break) when nothing else is on it; else the comment and the spaces before it.</summary>
    private static Dsl.Text.TextSpan Removal(string text, Dsl.Text.TextSpan comment)
    {
        var start = comment.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        var aloneOnLine = start == 0 || text[start - 1] is '\n' or '\r';
        if (!aloneOnLine) return Dsl.Text.TextSpan.FromBounds(start, comment.End);
        var end = comment.End;
        if (end < text.Length && text[end] == '\r') end++;
        if (end < text.Length && text[end] == '\n') end++;
        return Dsl.Text.TextSpan.FromBounds(start, end);
    }

    private static bool Names(Suppression suppression, DiagnosticDescriptor descriptor) =>
        string.Equals(suppression.Code, descriptor.Code, StringComparison.OrdinalIgnoreCase)
        || string.Equals(suppression.Code, descriptor.Name, StringComparison.OrdinalIgnoreCase);
}
