namespace Pledge.Dsl.Syntax;

/// <summary>`provider TEXT`.</summary>
public sealed partial class ProviderDeclarationSyntax(SyntaxToken keyword, TextSyntax name) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public TextSyntax Name { get; } = name;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Name.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Name);
        Name.CollectNodes(nodes);
    }
}
