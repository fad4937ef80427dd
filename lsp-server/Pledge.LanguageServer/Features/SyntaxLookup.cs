using System.Runtime.CompilerServices;
using Pledge.Dsl.Syntax;

namespace Pledge.LanguageServer.Features;

/// <summary>Finding tokens and nodes at a cursor. The token list of a tree is computed once per tree.</summary>
public static class SyntaxLookup
{
    private static readonly ConditionalWeakTable<SyntaxTree, IReadOnlyList<SyntaxToken>> TokenLists = new();

    /// <summary>Every token of the tree, the end-of-file token included, in source order.</summary>
    public static IReadOnlyList<SyntaxToken> Tokens(SyntaxTree tree) => TokenLists.GetValue(tree, t => t.Root.DescendantTokens());

    /// <summary>The token whose text contains the offset, or ends right at it (a cursor after a word); words win over punctuation.</summary>
    public static SyntaxToken? TokenAt(SyntaxTree tree, int offset)
    {
        var tokens = Tokens(tree);
        var index = IndexAtOrBefore(tokens, offset);
        SyntaxToken? best = null;
        for (var i = Math.Max(0, index - 1); i <= Math.Min(tokens.Count - 1, index + 1); i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.EndOfFile || token.Span.Length == 0 || !token.Span.ContainsOrTouches(offset)) continue;
            if (best is null || IsWord(token) && !IsWord(best) || token.Span.Contains(offset) && !IsWord(best)) best = token;
        }
        return best;
    }

    /// <summary>The index of the last token that starts at or before the offset (-1 when none).</summary>
    public static int IndexAtOrBefore(IReadOnlyList<SyntaxToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The last non-empty token that ends at or before the offset.</summary>
    public static SyntaxToken? TokenBefore(SyntaxTree tree, int offset)
    {
        var tokens = Tokens(tree);
        for (var i = IndexAtOrBefore(tokens, offset); i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.EndOfFile && token.Span.Length > 0 && token.Span.End <= offset) return token;
        }
        return null;
    }

    /// <summary>The nodes that contain the offset, outermost first.</summary>
    public static List<SyntaxNode> NodesAt(SyntaxTree tree, int offset)
    {
        var path = new List<SyntaxNode>();
        SyntaxNode current = tree.Root;
        path.Add(current);
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in current.Children)
            {
                if (child is SyntaxNode node && node.Span.Length > 0 && node.Span.ContainsOrTouches(offset))
                {
                    next = node;
                    if (node.Span.Contains(offset)) break;
                }
            }
            if (next is null) return path;
            path.Add(next);
            current = next;
        }
    }

    public static T? Innermost<T>(IReadOnlyList<SyntaxNode> path) where T : SyntaxNode
    {
        for (var i = path.Count - 1; i >= 0; i--)
            if (path[i] is T match) return match;
        return null;
    }

    public static bool IsWord(SyntaxToken token) => token.Kind is TokenKind.Identifier or TokenKind.Keyword;

    /// <summary>True when the offset is inside a comment or a string, where nothing should be completed.</summary>
    public static bool InCommentOrString(SyntaxTree tree, int offset)
    {
        var tokens = Tokens(tree);
        var index = IndexAtOrBefore(tokens, offset);
        for (var i = Math.Max(0, index - 1); i <= Math.Min(tokens.Count - 1, index + 1); i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.String && token.Span.Start < offset && (offset < token.Span.End || !IsClosedString(token))) return true;
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (!trivia.IsComment) continue;
                if (trivia.Span.Start >= offset) continue;
                if (offset < trivia.Span.End) return true;
                // A line comment runs to the end of its line, spaces after its text included.
                if (trivia.Kind == TriviaKind.LineComment && tree.Source.Text.AsSpan(trivia.Span.Start, offset - trivia.Span.Start).IndexOfAny('\n', '\r') < 0) return true;
            }
        }
        return false;
    }

    private static bool IsClosedString(SyntaxToken token) => token.Text.Length >= 2 && token.Text.EndsWith('"');
}
