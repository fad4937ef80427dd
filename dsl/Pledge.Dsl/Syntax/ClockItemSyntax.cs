namespace Pledge.Dsl.Syntax;

/// <summary>`clock 24x7` or `clock CALENDAR`.</summary>
public sealed partial class ClockItemSyntax(SyntaxToken keyword, SyntaxToken clock) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Clock { get; } = clock;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Clock);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(Clock);
    }
}
