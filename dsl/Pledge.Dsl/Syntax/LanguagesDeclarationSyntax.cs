namespace Pledge.Dsl.Syntax;

/// <summary>`languages zh-CN, en`.</summary>
public sealed partial class LanguagesDeclarationSyntax(SyntaxToken keyword, SeparatedListSyntax<SyntaxToken> tags) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SeparatedListSyntax<SyntaxToken> Tags { get; } = tags;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Tags);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Tags.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Tags);
        Tags.CollectNodes(nodes);
    }
}
