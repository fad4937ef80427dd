namespace Pledge.Dsl.Printing;

/// <summary>Where a token goes relative to the token before it.</summary>
internal enum BreakKind
{
    /// <summary>On the same line, one space after the previous token.</summary>
    Space,
    /// <summary>On the same line, right after the previous token (`,` `..` `Mon-Fri`).</summary>
    None,
    /// <summary>Starts a line of its own: a declaration, an item, a row, a closing brace.</summary>
    Line,
    /// <summary>Starts a continuation line of the current item (a long text broken after `/`).</summary>
    Continuation,
}

/// <summary>What happens to the blank lines the author wrote before a line.</summary>
internal enum BlankPolicy
{
    Drop,
    /// <summary>One blank line is kept where the source had one or more.</summary>
    Keep,
    /// <summary>Always one blank line (between declarations of different kinds, around blocks).</summary>
    Force,
}

/// <summary>Pieces with the same key start at the same column (the column of a matrix, the `:` of tiers).</summary>
internal readonly record struct AlignKey(int Group, int Column);

/// <summary>
/// The layout decided for one token. Indents are absolute columns. <see cref="ContinuationIndent"/> is where the
/// token goes when a comment forces a line break the layout did not plan (a line comment cannot be followed on its line).
/// </summary>
internal readonly record struct LayoutDirective(
    BreakKind Break,
    int Indent = 0,
    int CommentIndent = 0,
    BlankPolicy FirstBlank = BlankPolicy.Drop,
    bool KeepBlankBeforeToken = true,
    int ContinuationIndent = 0,
    AlignKey? Anchor = null)
{
    public bool StartsLine => Break is BreakKind.Line or BreakKind.Continuation;

    public static LayoutDirective Line(int indent, BlankPolicy firstBlank, int? commentIndent = null, bool keepBlankBeforeToken = true) =>
        new(BreakKind.Line, indent, commentIndent ?? indent, firstBlank, keepBlankBeforeToken);
}
