using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`up to 50 km : 2 h` or `beyond : 24 h`.</summary>
public sealed partial class DistanceTierSyntax(ImmutableArray<SyntaxToken> keywords, DistanceSyntax? distance, SyntaxToken colon, DeadlineSyntax deadline) : SyntaxNode
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public DistanceSyntax? Distance { get; } = distance;
    public SyntaxToken Colon { get; } = colon;
    public DeadlineSyntax Deadline { get; } = deadline;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Distance, Colon, Deadline);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        Distance?.CollectTokens(tokens);
        tokens.Add(Colon);
        Deadline.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (Distance is not null) { nodes.Add(Distance); Distance.CollectNodes(nodes); }
        nodes.Add(Deadline);
        Deadline.CollectNodes(nodes);
    }
}
