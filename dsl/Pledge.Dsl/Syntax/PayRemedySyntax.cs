using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`remedy pay 500 CNY per breach`.</summary>
public sealed partial class PayRemedySyntax(SyntaxToken remedyKeyword, SyntaxToken payKeyword, MoneySyntax amount, ImmutableArray<SyntaxToken> perKeywords) : RemedySyntax
{
    public SyntaxToken RemedyKeyword { get; } = remedyKeyword;
    public SyntaxToken PayKeyword { get; } = payKeyword;
    public MoneySyntax Amount { get; } = amount;
    public ImmutableArray<SyntaxToken> PerKeywords { get; } = perKeywords;

    public override IEnumerable<SyntaxElement> Children => Elements(RemedyKeyword, PayKeyword, Amount, PerKeywords);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(RemedyKeyword);
        tokens.Add(PayKeyword);
        Amount.CollectTokens(tokens);
        foreach (var token in PerKeywords) tokens.Add(token);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Amount);
        Amount.CollectNodes(nodes);
    }
}
