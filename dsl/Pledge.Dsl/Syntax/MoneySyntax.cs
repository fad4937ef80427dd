namespace Pledge.Dsl.Syntax;

/// <summary>`10000 CNY`.</summary>
public sealed partial class MoneySyntax(SyntaxToken number, SyntaxToken currency) : SyntaxNode
{
    public SyntaxToken Number { get; } = number;
    public SyntaxToken Currency { get; } = currency;

    public override IEnumerable<SyntaxElement> Children => Elements(Number, Currency);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Number);
        tokens.Add(Currency);
    }
}
