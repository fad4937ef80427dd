using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`, at most 1 per month`.</summary>
public sealed partial class AtMostSyntax(SyntaxToken comma, ImmutableArray<SyntaxToken> keywords, SyntaxToken count, PerPeriodSyntax per) : SyntaxNode
{
    public SyntaxToken Comma { get; } = comma;
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SyntaxToken Count { get; } = count;
    public PerPeriodSyntax Per { get; } = per;

    public override IEnumerable<SyntaxElement> Children => Elements(Comma, Keywords, Count, Per);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Comma);
        foreach (var token in Keywords) tokens.Add(token);
        tokens.Add(Count);
        Per.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Per);
        Per.CollectNodes(nodes);
    }
}
