using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>options joined by `or`, optionally `at provider's option`.</summary>
public sealed partial class CoverageSyntax(SeparatedListSyntax<CoverageOptionSyntax> options, ImmutableArray<SyntaxToken> providerOption) : SyntaxNode
{
    public SeparatedListSyntax<CoverageOptionSyntax> Options { get; } = options;
    public ImmutableArray<SyntaxToken> ProviderOption { get; } = providerOption;

    public override IEnumerable<SyntaxElement> Children => Elements(Options, ProviderOption);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        Options.CollectTokens(tokens);
        foreach (var token in ProviderOption) tokens.Add(token);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Options);
        Options.CollectNodes(nodes);
    }
}
