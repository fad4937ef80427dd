namespace Pledge.Dsl.Syntax;

/// <summary>`rounding half-up 0.01`.</summary>
public sealed partial class RoundingDeclarationSyntax(SyntaxToken keyword, SyntaxToken mode, SyntaxToken? increment) : DeclarationSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Mode { get; } = mode;
    public SyntaxToken? Increment { get; } = increment;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Mode, Increment);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Mode);
        if (Increment is not null) tokens.Add(Increment);
    }
}
