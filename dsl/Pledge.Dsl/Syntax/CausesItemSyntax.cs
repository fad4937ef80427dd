namespace Pledge.Dsl.Syntax;

/// <summary>`causes a, b` inside an exclusion.</summary>
public sealed partial class CausesItemSyntax(SyntaxToken keyword, SeparatedListSyntax<SyntaxToken> causes) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SeparatedListSyntax<SyntaxToken> Causes { get; } = causes;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Causes);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Causes.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Causes);
        Causes.CollectNodes(nodes);
    }
}
