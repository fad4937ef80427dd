namespace Pledge.Dsl.Syntax;

/// <summary>`on CALENDAR`: run a deadline on another clock.</summary>
public sealed partial class OnCalendarSyntax(SyntaxToken onKeyword, SyntaxToken calendar) : SyntaxNode
{
    public SyntaxToken OnKeyword { get; } = onKeyword;
    public SyntaxToken Calendar { get; } = calendar;

    public override IEnumerable<SyntaxElement> Children => Elements(OnKeyword, Calendar);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(OnKeyword);
        tokens.Add(Calendar);
    }
}
