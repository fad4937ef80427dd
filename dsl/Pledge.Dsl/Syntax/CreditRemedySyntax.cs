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
}
