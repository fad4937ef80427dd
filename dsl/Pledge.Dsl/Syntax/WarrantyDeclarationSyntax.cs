namespace Pledge.Dsl.Syntax;

/// <summary>`warranty NAME TEXT { … }`.</summary>
public sealed partial class WarrantyDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax title, BlockSyntax body) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax Title { get; } = title;
    public BlockSyntax Body { get; } = body;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name, Title, Body);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Name);
        Title.CollectTokens(tokens);
        Body.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Title);
        Title.CollectNodes(nodes);
        nodes.Add(Body);
        Body.CollectNodes(nodes);
    }
}
