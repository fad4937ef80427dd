namespace Pledge.Dsl.Syntax;

/// <summary>`currency CNY`.</summary>
public sealed partial class CurrencyDeclarationSyntax(SyntaxToken keyword, SyntaxToken code) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Code { get; } = code;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Code);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Code);
    }
}
