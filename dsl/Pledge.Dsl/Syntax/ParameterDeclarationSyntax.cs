namespace Pledge.Dsl.Syntax;

/// <summary>`parameter NAME TEXT : TYPE`.</summary>
public sealed partial class ParameterDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax title, SyntaxToken colon, SyntaxToken type) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax Title { get; } = title;
    public SyntaxToken Colon { get; } = colon;
    public SyntaxToken Type { get; } = type;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name, Title, Colon, Type);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Name);
        Title.CollectTokens(tokens);
        tokens.Add(Colon);
        tokens.Add(Type);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Title);
        Title.CollectNodes(nodes);
    }
}
