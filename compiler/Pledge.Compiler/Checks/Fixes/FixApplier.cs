using System.Text;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Fixes;

/// <summary>
/// Applies fixes to one file's text. Edits are applied from the end backwards so offsets stay valid;
/// a fix whose edits overlap an edit already taken is left for the next round (after a re-check),
/// so two fixes never garble each other.
/// </summary>
public static class FixApplier
{
    public static (string Text, int Applied) Apply(string text, IEnumerable<CodeFix> fixes)
    {
        var taken = new List<TextEdit>();
        var applied = 0;
        foreach (var fix in fixes)
        {
            if (fix.Edits.Any(e => e.Span.End > text.Length || taken.Any(t => Overlaps(t, e)))) continue;
            taken.AddRange(fix.Edits);
            applied++;
        }
        if (applied == 0) return (text, 0);
        var builder = new StringBuilder(text);
        foreach (var edit in taken.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        return (builder.ToString(), applied);
    }

    /// <summary>Two edits conflict when their spans overlap, or when both insert at the same offset (their order would be arbitrary).</summary>
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
        || a.Span.Start == b.Span.Start && (a.Span.Length == 0 || b.Span.Length == 0);
}
