namespace Pledge.Dsl.Syntax;

/// <summary>`severity NAME TEXT : TEXT`, most severe first.</summary>
public sealed partial class SeverityDeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax title, SyntaxToken? colon, TextSyntax? description) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax Title { get; } = title;
    public SyntaxToken? Colon { get; } = colon;
    public TextSyntax? Description { get; } = description;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name, Title, Colon, Description);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Name);
        Title.CollectTokens(tokens);
        if (Colon is not null) tokens.Add(Colon);
        Description?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Title);
        Title.CollectNodes(nodes);
        if (Description is not null) { nodes.Add(Description); Description.CollectNodes(nodes); }
    }
}
