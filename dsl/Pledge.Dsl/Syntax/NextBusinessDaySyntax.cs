using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`next business day`: the close of the first working day after the start event's date.</summary>
public sealed partial class NextBusinessDaySyntax(ImmutableArray<SyntaxToken> keywords, OnCalendarSyntax? on) : DeadlineSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public OnCalendarSyntax? On { get; } = on;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, On);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        On?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (On is not null) { nodes.Add(On); On.CollectNodes(nodes); }
    }
}
