using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`remedy credit PARAM by availability { … }`.</summary>
public sealed partial class CreditRemedySyntax(SyntaxToken remedyKeyword, SyntaxToken creditKeyword, SyntaxToken parameter, ImmutableArray<SyntaxToken> byKeywords, SyntaxToken openBrace, ImmutableArray<SyntaxNode> tiers, SyntaxToken? closeBrace, CapSyntax? cap) : RemedySyntax
{
    public SyntaxToken RemedyKeyword { get; } = remedyKeyword;
    public SyntaxToken CreditKeyword { get; } = creditKeyword;
    public SyntaxToken Parameter { get; } = parameter;
    public ImmutableArray<SyntaxToken> ByKeywords { get; } = byKeywords;
    public SyntaxToken OpenBrace { get; } = openBrace;
    public ImmutableArray<SyntaxNode> Tiers { get; } = tiers;
    public SyntaxToken? CloseBrace { get; } = closeBrace;
    public CapSyntax? Cap { get; } = cap;

    public override IEnumerable<SyntaxElement> Children => Elements(RemedyKeyword, CreditKeyword, Parameter, ByKeywords, OpenBrace, Tiers, CloseBrace, Cap);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(RemedyKeyword);
        tokens.Add(CreditKeyword);
        tokens.Add(Parameter);
        foreach (var token in ByKeywords) tokens.Add(token);
        tokens.Add(OpenBrace);
        foreach (var node in Tiers) node.CollectTokens(tokens);
        if (CloseBrace is not null) tokens.Add(CloseBrace);
        Cap?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Tiers) { nodes.Add(node); node.CollectNodes(nodes); }
        if (Cap is not null) { nodes.Add(Cap); Cap.CollectNodes(nodes); }
    }
}
