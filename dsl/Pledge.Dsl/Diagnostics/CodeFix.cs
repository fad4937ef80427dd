using System.Collections.Immutable;

namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// An edit that resolves a diagnostic. <paramref name="IsSafe"/> fixes are applied by
/// <c>pledge check --fix</c>; others are only offered as quick fixes in the editor.
/// </summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits, bool IsSafe = false)
{
    public static CodeFix Replace(string title, Text.TextSpan span, string newText, bool isSafe = false) =>
        new(title, [new TextEdit(span, newText)], isSafe);
}
