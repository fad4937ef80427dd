namespace Pledge.Dsl.Syntax;

/// <summary>`covers NAME TEXT : COVERAGE`.</summary>
public sealed partial class CoversItemSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax title, SyntaxToken colon, CoverageSyntax coverage) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax Title { get; } = title;
    public SyntaxToken Colon { get; } = colon;
    public CoverageSyntax Coverage { get; } = coverage;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Name, Title, Colon, Coverage);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Name);
        Title.CollectTokens(tokens);
        tokens.Add(Colon);
        Coverage.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Title);
        Title.CollectNodes(nodes);
        nodes.Add(Coverage);
        Coverage.CollectNodes(nodes);
    }
}
