namespace Pledge.Dsl.Syntax;

/// <summary>`timezone "Asia/Shanghai"` (top level or in a calendar).</summary>
public sealed partial class TimezoneDeclarationSyntax(SyntaxToken keyword, StringLiteralSyntax zone) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public StringLiteralSyntax Zone { get; } = zone;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Zone);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Zone.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Zone);
        Zone.CollectNodes(nodes);
    }
}
