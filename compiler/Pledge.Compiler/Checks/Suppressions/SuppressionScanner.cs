using System.Text.RegularExpressions;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Suppressions;

/// <summary>Finds the `// pledge-ignore` comments of a file among its trivia.</summary>
public static partial class SuppressionScanner
{
    [GeneratedRegex(@"^//\s*pledge-ignore\b[ \t]*(?<codes>[A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)?[ \t]*(?<reason>.*)$")]
    private static partial Regex Pattern();

    public static IReadOnlyList<Suppression> Scan(SyntaxTree tree)
    {
        // Most files suppress nothing: one search of the text spares the walk over every token and comment.
        if (!tree.Source.Text.Contains("pledge-ignore", StringComparison.Ordinal)) return [];
        var tokens = tree.Root.DescendantTokens();
        var lines = tree.Source.Lines;
        var tokenLines = new SortedSet<int>(tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => lines.GetPosition(t.Span.Start).Line));
        var result = new List<Suppression>();
        foreach (var token in tokens)
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind != TriviaKind.LineComment) continue;
                var match = Pattern().Match(trivia.Text);
                if (!match.Success) continue;
                var commentLine = lines.GetPosition(trivia.Span.Start).Line;
                var target = tokenLines.GetViewBetween(commentLine + 1, int.MaxValue).FirstOrDefault(-1);
                var reason = match.Groups["reason"].Value.Trim();
                var codes = match.Groups["codes"];
                if (!codes.Success)
                {
                    result.Add(new Suppression("", null, trivia.Span, trivia.Span, target));
                    continue;
                }
                var offset = trivia.Span.Start + codes.Index;
                foreach (Match code in CodePattern().Matches(codes.Value))
                {
                    result.Add(new Suppression(code.Value, reason.Length == 0 ? null : reason,
                        new TextSpan(offset + code.Index, code.Length), trivia.Span, target));
                }
            }
        }
        return result;
    }

    [GeneratedRegex(@"[A-Za-z0-9_-]+")]
    private static partial Regex CodePattern();
}
