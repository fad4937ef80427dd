namespace Pledge.Dsl.Syntax;

/// <summary>A deadline measured on the clause's (or the named) clock.</summary>
public sealed partial class DurationDeadlineSyntax(DurationSyntax duration, OnCalendarSyntax? on) : DeadlineSyntax
{
    public DurationSyntax Duration { get; } = duration;
    public OnCalendarSyntax? On { get; } = on;

    public override IEnumerable<SyntaxElement> Children => Elements(Duration, On);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        Duration.CollectTokens(tokens);
        On?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Duration);
        Duration.CollectNodes(nodes);
        if (On is not null) { nodes.Add(On); On.CollectNodes(nodes); }
    }
}
