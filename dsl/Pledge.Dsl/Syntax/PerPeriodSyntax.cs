namespace Pledge.Dsl.Syntax;

/// <summary>`per month`.</summary>
public sealed partial class PerPeriodSyntax(SyntaxToken perKeyword, SyntaxToken period) : SyntaxNode
{
    public SyntaxToken PerKeyword { get; } = perKeyword;
    public SyntaxToken Period { get; } = period;

    public override IEnumerable<SyntaxElement> Children => Elements(PerKeyword, Period);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(PerKeyword);
        tokens.Add(Period);
    }
}
