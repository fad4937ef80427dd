namespace Pledge.Dsl.Syntax;

/// <summary>One string literal.</summary>
public sealed partial class StringLiteralSyntax(SyntaxToken token) : SyntaxNode
{
    public SyntaxToken Token { get; } = token;

    public override IEnumerable<SyntaxElement> Children => Elements(Token);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Token);
    }
}
