namespace Pledge.Dsl.Syntax;

/// <summary>`2026-10-01..2026-10-07` or a single date.</summary>
public sealed partial class DateRangeSyntax(SyntaxToken from, SyntaxToken? dotDot, SyntaxToken? to) : SyntaxNode
{
    public SyntaxToken From { get; } = from;
    public SyntaxToken? DotDot { get; } = dotDot;
    public SyntaxToken? To { get; } = to;

    public override IEnumerable<SyntaxElement> Children => Elements(From, DotDot, To);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(From);
        if (DotDot is not null) tokens.Add(DotDot);
        if (To is not null) tokens.Add(To);
    }
}
