namespace Pledge.Dsl.Syntax;

/// <summary>`text TEXT`: free contractual prose.</summary>
public sealed partial class TextItemSyntax(SyntaxToken keyword, TextSyntax text) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public TextSyntax Text { get; } = text;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Text);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Text.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Text);
        Text.CollectNodes(nodes);
    }
}
