using System.Text;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Syntax;

/// <summary>An immutable node of the syntax tree. Children are listed in source order.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    private TextSpan? _span;

    /// <summary>The tokens and nodes of this node, in source order.</summary>
    public abstract IEnumerable<SyntaxElement> Children { get; }

    public override TextSpan Span => _span ??= ComputeSpan();

    private TextSpan ComputeSpan()
    {
        var first = FirstToken;
        var last = LastToken;
        return first is null || last is null ? default : TextSpan.FromBounds(first.Span.Start, last.Span.End);
    }

    /// <summary>The first token, found without walking the whole node.</summary>
    public SyntaxToken? FirstToken
    {
        get
        {
            foreach (var child in Children)
            {
                if (child is SyntaxToken token) return token;
                if (child is SyntaxNode node && node.FirstToken is { } first) return first;
            }
            return null;
        }
    }

    public SyntaxToken? LastToken
    {
        get
        {
            SyntaxToken? last = null;
            foreach (var child in Children)
            {
                if (child is SyntaxToken token) last = token;
                else if (child is SyntaxNode node && node.LastToken is { } l) last = l;
            }
            return last;
        }
    }

    /// <summary>Every token under this node, in source order.</summary>
    public IReadOnlyList<SyntaxToken> DescendantTokens()
    {
        // Collected into a list rather than yielded through nested iterators, which would cost
        // one iterator step per level for every token.
        var tokens = new List<SyntaxToken>();
        CollectTokens(tokens);
        return tokens;
    }

    /// <summary>Adds this node's tokens in order. Each node type overrides it without enumerators or boxing: it runs for every token of a file.</summary>
    internal virtual void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var child in Children)
        {
            if (child is SyntaxToken token) tokens.Add(token);
            else if (child is SyntaxNode node) node.CollectTokens(tokens);
        }
    }

    /// <summary>Every node under this node, in source order (a node before its children).</summary>
    public IReadOnlyList<SyntaxNode> DescendantNodes()
    {
        var nodes = new List<SyntaxNode>();
        CollectNodes(nodes);
        return nodes;
    }

    /// <summary>Adds the nodes under this one, parents first. Generated per node type (no enumerators): rules walk whole files.</summary>
    internal virtual void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var child in Children)
        {
            if (child is not SyntaxNode node) continue;
            nodes.Add(node);
            node.CollectNodes(nodes);
        }
    }

    /// <summary>The source text of this node with its trivia, exactly as it was read.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        foreach (var token in DescendantTokens()) token.WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Flattens tokens, nodes, lists of either and nulls (absent optional parts) into a child list.</summary>
    protected static IEnumerable<SyntaxElement> Elements(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case null: break;
                case SyntaxElement element: yield return element; break;
                case IEnumerable<SyntaxElement> list:
                    foreach (var e in list) yield return e;
                    break;
                default: throw new ArgumentException($"not a syntax element: {part.GetType().Name}");
            }
        }
    }
}
