namespace Pledge.Dsl.Syntax;

/// <summary>`after reported`.</summary>
public sealed partial class AnchorSyntax(SyntaxToken afterKeyword, SyntaxToken @event) : SyntaxNode
{
    public SyntaxToken AfterKeyword { get; } = afterKeyword;
    public SyntaxToken Event { get; } = @event;

    public override IEnumerable<SyntaxElement> Children => Elements(AfterKeyword, Event);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(AfterKeyword);
        tokens.Add(Event);
    }
}
