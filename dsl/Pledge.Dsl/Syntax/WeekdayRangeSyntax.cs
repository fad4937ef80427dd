namespace Pledge.Dsl.Syntax;

/// <summary>`Mon-Fri` or a single `Sat`.</summary>
public sealed partial class WeekdayRangeSyntax(SyntaxToken from, SyntaxToken? dash, SyntaxToken? to) : SyntaxNode
{
    public SyntaxToken From { get; } = from;
    public SyntaxToken? Dash { get; } = dash;
    public SyntaxToken? To { get; } = to;

    public override IEnumerable<SyntaxElement> Children => Elements(From, Dash, To);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(From);
        if (Dash is not null) tokens.Add(Dash);
        if (To is not null) tokens.Add(To);
    }
}
