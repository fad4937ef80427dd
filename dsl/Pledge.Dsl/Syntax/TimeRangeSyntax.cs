namespace Pledge.Dsl.Syntax;

/// <summary>`09:00-18:00`.</summary>
public sealed partial class TimeRangeSyntax(SyntaxToken from, SyntaxToken dash, SyntaxToken to) : SyntaxNode
{
    public SyntaxToken From { get; } = from;
    public SyntaxToken Dash { get; } = dash;
    public SyntaxToken To { get; } = to;

    public override IEnumerable<SyntaxElement> Children => Elements(From, Dash, To);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(From);
        tokens.Add(Dash);
        tokens.Add(To);
    }
}
