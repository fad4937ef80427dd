using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`excludes causes a, b`.</summary>
public sealed partial class ExcludesCausesItemSyntax(ImmutableArray<SyntaxToken> keywords, SeparatedListSyntax<SyntaxToken> causes) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SeparatedListSyntax<SyntaxToken> Causes { get; } = causes;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Causes);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Causes.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Causes);
        Causes.CollectNodes(nodes);
    }
}
