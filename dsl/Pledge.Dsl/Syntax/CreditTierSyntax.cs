using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`below 99.95% : 10%` or `at or below 99.0% : 25%`.</summary>
public sealed partial class CreditTierSyntax(ImmutableArray<SyntaxToken> @operator, SyntaxToken threshold, SyntaxToken colon, SyntaxToken credit) : SyntaxNode
{
    public ImmutableArray<SyntaxToken> Operator { get; } = @operator;
    public SyntaxToken Threshold { get; } = threshold;
    public SyntaxToken Colon { get; } = colon;
    public SyntaxToken Credit { get; } = credit;

    public override IEnumerable<SyntaxElement> Children => Elements(Operator, Threshold, Colon, Credit);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Operator) tokens.Add(token);
        tokens.Add(Threshold);
        tokens.Add(Colon);
        tokens.Add(Credit);
    }
}
