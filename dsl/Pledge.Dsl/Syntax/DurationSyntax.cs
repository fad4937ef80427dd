using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`30 min`, `1 business day`.</summary>
public sealed partial class DurationSyntax(SyntaxToken number, ImmutableArray<SyntaxToken> unit) : SyntaxNode
{
    public SyntaxToken Number { get; } = number;
    public ImmutableArray<SyntaxToken> Unit { get; } = unit;

    public override IEnumerable<SyntaxElement> Children => Elements(Number, Unit);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Number);
        foreach (var token in Unit) tokens.Add(token);
    }
}
