namespace Pledge.Dsl.Syntax;

/// <summary>`-`: no commitment in this cell or tier.</summary>
public sealed partial class NoCommitmentSyntax(SyntaxToken dash) : DeadlineSyntax
{
    public SyntaxToken Dash { get; } = dash;

    public override IEnumerable<SyntaxElement> Children => Elements(Dash);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Dash);
    }
}
