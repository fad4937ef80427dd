using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`end of business day N`.</summary>
public sealed partial class EndOfBusinessDaySyntax(ImmutableArray<SyntaxToken> keywords, SyntaxToken day, OnCalendarSyntax? on) : DeadlineSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SyntaxToken Day { get; } = day;
    public OnCalendarSyntax? On { get; } = on;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Day, On);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        tokens.Add(Day);
        On?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (On is not null) { nodes.Add(On); On.CollectNodes(nodes); }
    }
}
