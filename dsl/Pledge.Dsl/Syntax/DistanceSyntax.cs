namespace Pledge.Dsl.Syntax;

/// <summary>`50 km`.</summary>
public sealed partial class DistanceSyntax(SyntaxToken number, SyntaxToken unit) : SyntaxNode
{
    public SyntaxToken Number { get; } = number;
    public SyntaxToken Unit { get; } = unit;

    public override IEnumerable<SyntaxElement> Children => Elements(Number, Unit);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Number);
        tokens.Add(Unit);
    }
}
