using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>
/// Turns tokens and their directives into lines, placing every comment of the trivia between them:
/// a comment that had a line of its own keeps one (before the same token, at the indentation of that token's line),
/// a comment at the end of a line stays the trailing comment of the line of the token before it,
/// a block comment between two tokens of a line stays between them. When the layout wants the next token on the
/// same line but a comment ended the line, the token goes on a continuation line instead.
/// </summary>
internal sealed class LineWriter
{
    private readonly List<FormattedLine> _lines = [];
    private readonly List<SyntaxTrivia> _gap = [];
    private FormattedLine? _current;
    // Set after skipped text or an unterminated string: nothing may be put after them on their line.
    private bool _afterOpenEnded;
    // The line break a missing (empty) token asked for, handed on to the next real token.
    private LayoutDirective? _deferred;

    public IReadOnlyList<FormattedLine> Lines => _lines;

    public void Write(SyntaxToken token, LayoutDirective directive)
    {
        if (token.Text.Length == 0 && token.Kind != TokenKind.EndOfFile)
        {
            _gap.AddRange(token.LeadingTrivia);
            _gap.AddRange(token.TrailingTrivia);
            if (directive.Break == BreakKind.Line && _deferred is null) _deferred = directive;
            return;
        }
        if (_deferred is { } deferred)
        {
            if (!directive.StartsLine) directive = deferred with { Anchor = null };
            _deferred = null;
        }

        _gap.AddRange(token.LeadingTrivia);
        var gap = TriviaGap.Analyse(_gap);
        _gap.Clear();

        var atEnd = token.Kind == TokenKind.EndOfFile;
        var placed = PlaceComments(gap, directive, atEnd);
        if (atEnd)
        {
            EndCurrentLine();
            return;
        }
        PlaceToken(token, directive, placed, gap.BreaksBeforeToken);
        _afterOpenEnded = OpenEndedTokens.EndsLine(token);
        _gap.AddRange(token.TrailingTrivia);
    }

    /// <summary>Places what is left after the last token (a tree always ends with an end-of-file token that does this).</summary>
    public void Finish()
    {
        if (_gap.Count > 0) Write(new SyntaxToken(TokenKind.EndOfFile, "", default, [], []), LayoutDirective.Line(0, BlankPolicy.Keep));
        EndCurrentLine();
    }

    /// <summary>How the comments of a gap were placed: lines started, and whether the last one leaves its line open.</summary>
    private readonly record struct PlacedComments(int StartedLines, bool LeadingOpen);

    private PlacedComments PlaceComments(TriviaGap gap, LayoutDirective directive, bool atEnd)
    {
        var ownLine = directive.Break == BreakKind.Line;
        var indent = directive.Break switch
        {
            BreakKind.Line => directive.CommentIndent,
            BreakKind.Continuation => directive.Indent,
            _ => directive.ContinuationIndent,
        };
        var startedLines = 0;
        var leadingOpen = false;
        for (var i = 0; i < gap.Comments.Count; i++)
        {
            var comment = gap.Comments[i];
            var text = LineBreaks.NormalizeComment(comment.Trivia.Text);
            var endsLine = comment.IsLineComment || comment.BreaksAfter > 0 || (atEnd && i == gap.Comments.Count - 1);
            if (_current is null || _current.Closed || comment.BreaksBefore > 0)
            {
                // A comment that had its own line keeps one; a block comment followed by more on its line
                // (`/* c */ availability …`) leaves the line open for what follows.
                var blank = ownLine && Blank(directive, startedLines, comment.BreaksBefore, isToken: false);
                StartLine(indent, blank, isContinuation: !ownLine);
                startedLines++;
                _current!.Pieces.Add(new LinePiece(text, 0, isToken: false, anchor: null));
                _current.Closed = endsLine;
                leadingOpen = !endsLine;
            }
            else if (endsLine)
            {
                _current.TrailingComment = text;
                _current.Closed = true;
                leadingOpen = false;
            }
            else
            {
                _current.Pieces.Add(new LinePiece(text, 1, isToken: false, anchor: null));
            }
        }
        return new PlacedComments(startedLines, leadingOpen);
    }

    private void PlaceToken(SyntaxToken token, LayoutDirective directive, PlacedComments placed, int breaksBefore)
    {
        var ownLine = directive.Break == BreakKind.Line;
        bool newLine;
        if (placed.LeadingOpen) newLine = false;
        else if (directive.StartsLine) newLine = true;
        else newLine = _current is null || _current.Closed || _afterOpenEnded;

        int spaces;
        if (newLine)
        {
            var blank = ownLine && Blank(directive, placed.StartedLines, breaksBefore, isToken: true);
            StartLine(directive.StartsLine ? directive.Indent : directive.ContinuationIndent, blank, isContinuation: !ownLine);
            spaces = 0;
        }
        else
        {
            var pieces = _current!.Pieces;
            var afterToken = pieces.Count > 0 && pieces[^1].IsToken;
            spaces = pieces.Count == 0 ? 0 : directive.Break == BreakKind.None && afterToken ? 0 : 1;
        }

        var line = _current!;
        // Skipped text is kept as it was, except for whitespace at its end (it would trail the line).
        var text = LineBreaks.Normalize(token.Kind == TokenKind.Skipped ? token.Text.TrimEnd() : token.Text);
        line.Pieces.Add(new LinePiece(text, spaces, isToken: true, anchor: line.IsContinuation ? null : directive.Anchor));
    }

    private static bool Blank(LayoutDirective directive, int startedLines, int breaksBefore, bool isToken)
    {
        if (isToken && !directive.KeepBlankBeforeToken) return false;
        if (startedLines > 0) return breaksBefore >= 2;
        return directive.FirstBlank switch
        {
            BlankPolicy.Force => true,
            BlankPolicy.Keep => breaksBefore >= 2,
            _ => false,
        };
    }

    private void StartLine(int indent, bool blankBefore, bool isContinuation)
    {
        EndCurrentLine();
        _current = new FormattedLine(indent, blankBefore, isContinuation);
        _lines.Add(_current);
    }

    // A line never ends in an inline comment: a comment that ends a line is the line's trailing comment,
    // which is also how it is read back, so a second format places it the same way.
    private void EndCurrentLine()
    {
        if (_current is null || _current.Closed) return;
        var pieces = _current.Pieces;
        if (pieces.Count > 1 && !pieces[^1].IsToken && _current.TrailingComment is null)
        {
            _current.TrailingComment = pieces[^1].Text;
            pieces.RemoveAt(pieces.Count - 1);
        }
        _current.Closed = true;
    }
}
