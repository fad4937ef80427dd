namespace Pledge.Dsl.Syntax;

/// <summary>A bilingual text: strings joined by `/`, matched by position to the `languages` line.</summary>
public sealed partial class TextSyntax(SeparatedListSyntax<StringLiteralSyntax> parts) : SyntaxNode
{
    public SeparatedListSyntax<StringLiteralSyntax> Parts { get; } = parts;

    public override IEnumerable<SyntaxElement> Children => Elements(Parts);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        Parts.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Parts);
        Parts.CollectNodes(nodes);
    }
}
