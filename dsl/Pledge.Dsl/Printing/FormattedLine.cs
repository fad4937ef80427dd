namespace Pledge.Dsl.Printing;

/// <summary>One piece of a line: a token's text or a comment, with the spaces before it.</summary>
internal sealed class LinePiece(string text, int spaces, bool isToken, AlignKey? anchor)
{
    public string Text { get; } = text;
    public int Spaces { get; } = spaces;
    public bool IsToken { get; } = isToken;
    public AlignKey? Anchor { get; } = anchor;
    /// <summary>Extra spaces the aligner put before this piece.</summary>
    public int Padding { get; set; }
}

/// <summary>
/// One output line before rendering: indentation, pieces, an optional trailing comment. A piece may span several
/// physical lines (a multi-line string or block comment); columns then continue from its last line.
/// </summary>
internal sealed class FormattedLine(int indent, bool blankBefore, bool isContinuation)
{
    public int Indent { get; } = indent;
    public bool BlankBefore { get; } = blankBefore;
    /// <summary>A line the layout did not plan as an item start: alignment anchors are not honoured on it.</summary>
    public bool IsContinuation { get; } = isContinuation;
    public List<LinePiece> Pieces { get; } = [];
    public string? TrailingComment { get; set; }
    /// <summary>Nothing may follow on this line any more (it ends in a comment).</summary>
    public bool Closed { get; set; }
    /// <summary>Spaces between the code and the trailing comment (at least 2; the aligner may raise it).</summary>
    public int TrailingGap { get; set; } = 2;

    /// <summary>The column where piece <paramref name="index"/> starts.</summary>
    public int StartColumn(int index)
    {
        var column = Indent;
        for (var i = 0; i < index; i++) column = DisplayWidth.Advance(column + Pieces[i].Spaces + Pieces[i].Padding, Pieces[i].Text);
        return column + Pieces[index].Spaces + Pieces[index].Padding;
    }

    /// <summary>The column after the last piece.</summary>
    public int EndColumn => Pieces.Count == 0 ? Indent : DisplayWidth.Advance(StartColumn(Pieces.Count - 1), Pieces[^1].Text);
}
