using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>A comment between two tokens, with the line breaks the source had before and after it.</summary>
internal readonly record struct GapComment(SyntaxTrivia Trivia, int BreaksBefore, int BreaksAfter)
{
    public bool IsLineComment => Trivia.Kind == TriviaKind.LineComment;
}

/// <summary>
/// The trivia between two tokens seen as a whole. The parser splits it into the previous token's trailing and the
/// next token's leading trivia; the formatter only cares which comments there are and where the line breaks were.
/// </summary>
internal sealed class TriviaGap
{
    private TriviaGap(IReadOnlyList<GapComment> comments, int breaksBeforeToken)
    {
        Comments = comments;
        BreaksBeforeToken = breaksBeforeToken;
    }

    public IReadOnlyList<GapComment> Comments { get; }

    /// <summary>Line breaks between the last comment (or the previous token) and the next token.</summary>
    public int BreaksBeforeToken { get; }

    public static TriviaGap Analyse(IEnumerable<SyntaxTrivia> trivia)
    {
        var found = new List<(SyntaxTrivia Trivia, int Before)>();
        var breaks = 0;
        foreach (var t in trivia)
        {
            if (t.IsComment)
            {
                found.Add((t, breaks));
                breaks = 0;
            }
            else
            {
                breaks += LineBreaks.Count(t.Text);
            }
        }
        var comments = new GapComment[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var after = i + 1 < found.Count ? found[i + 1].Before : breaks;
            comments[i] = new GapComment(found[i].Trivia, found[i].Before, after);
        }
        return new TriviaGap(comments, breaks);
    }
}
