using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>Items with the separators between them (`,` in lists, `/` in texts, `or` in coverages).</summary>
public sealed class SeparatedListSyntax<T>(ImmutableArray<T> items, ImmutableArray<SyntaxToken> separators) : SyntaxNode
    where T : SyntaxElement
{
    public ImmutableArray<T> Items { get; } = items;
    public ImmutableArray<SyntaxToken> Separators { get; } = separators;

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        for (var i = 0; i < Items.Length; i++)
        {
            if (Items[i] is SyntaxToken token) tokens.Add(token);
            else if (Items[i] is SyntaxNode node) node.CollectTokens(tokens);
            if (i < Separators.Length) tokens.Add(Separators[i]);
        }
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var item in Items)
        {
            if (item is not SyntaxNode node) continue;
            nodes.Add(node);
            node.CollectNodes(nodes);
        }
    }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            for (var i = 0; i < Items.Length; i++)
            {
                yield return Items[i];
                if (i < Separators.Length) yield return Separators[i];
            }
        }
    }
}
