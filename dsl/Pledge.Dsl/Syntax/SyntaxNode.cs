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
        SyntaxToken? first = null, last = null;
        foreach (var token in DescendantTokens())
        {
            first ??= token;
            last = token;
        }
        return first is null ? default : TextSpan.FromBounds(first.Span.Start, last!.Span.End);
    }

    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var child in Children)
        {
            if (child is SyntaxToken token) yield return token;
            else if (child is SyntaxNode node)
                foreach (var t in node.DescendantTokens()) yield return t;
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        foreach (var child in Children)
        {
            if (child is SyntaxNode node)
            {
                yield return node;
                foreach (var n in node.DescendantNodes()) yield return n;
            }
        }
    }

    public SyntaxToken? FirstToken => DescendantTokens().FirstOrDefault();

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
