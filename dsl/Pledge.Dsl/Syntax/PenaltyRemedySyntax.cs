namespace Pledge.Dsl.Syntax;

/// <summary>`remedy 0.25% of contract_value per started day late, cap …`.</summary>
public sealed partial class PenaltyRemedySyntax(SyntaxToken remedyKeyword, SyntaxToken percentage, SyntaxToken ofKeyword, SyntaxToken parameter, SyntaxToken perKeyword, SyntaxToken? counting, SyntaxToken unit, SyntaxToken lateKeyword, CapSyntax? cap) : RemedySyntax
{
    public SyntaxToken RemedyKeyword { get; } = remedyKeyword;
    public SyntaxToken Percentage { get; } = percentage;
    public SyntaxToken OfKeyword { get; } = ofKeyword;
    public SyntaxToken Parameter { get; } = parameter;
    public SyntaxToken PerKeyword { get; } = perKeyword;
    public SyntaxToken? Counting { get; } = counting;
    public SyntaxToken Unit { get; } = unit;
    public SyntaxToken LateKeyword { get; } = lateKeyword;
    public CapSyntax? Cap { get; } = cap;

    public override IEnumerable<SyntaxElement> Children => Elements(RemedyKeyword, Percentage, OfKeyword, Parameter, PerKeyword, Counting, Unit, LateKeyword, Cap);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(RemedyKeyword);
        tokens.Add(Percentage);
        tokens.Add(OfKeyword);
        tokens.Add(Parameter);
        tokens.Add(PerKeyword);
        if (Counting is not null) tokens.Add(Counting);
        tokens.Add(Unit);
        tokens.Add(LateKeyword);
        Cap?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (Cap is not null) { nodes.Add(Cap); Cap.CollectNodes(nodes); }
    }
}
