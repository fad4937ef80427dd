namespace Pledge.Dsl.Syntax;

/// <summary>Text that error recovery skipped; the diagnostic that explains it is in the tree's list.</summary>
public sealed partial class SkippedSyntax(SyntaxToken token) : DeclarationSyntax
{
    public SyntaxToken Token { get; } = token;

    public override IEnumerable<SyntaxElement> Children => Elements(Token);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Token);
    }
}
