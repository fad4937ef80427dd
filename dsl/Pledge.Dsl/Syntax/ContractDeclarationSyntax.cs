namespace Pledge.Dsl.Syntax;

/// <summary>`contract NAME TEXT`.</summary>
public sealed partial class ContractDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax title) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax Title { get; } = title;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name, Title);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Name);
        Title.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Title);
        Title.CollectNodes(nodes);
    }
}
