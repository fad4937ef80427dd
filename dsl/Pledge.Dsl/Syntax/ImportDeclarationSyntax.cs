namespace Pledge.Dsl.Syntax;

/// <summary>`import "common.sla"`.</summary>
public sealed partial class ImportDeclarationSyntax(SyntaxToken keyword, StringLiteralSyntax path) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public StringLiteralSyntax Path { get; } = path;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Path);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Path.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Path);
        Path.CollectNodes(nodes);
    }
}
