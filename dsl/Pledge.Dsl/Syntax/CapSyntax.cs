using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`, cap 5% of contract_value in total`; an empty scope is reported.</summary>
public sealed partial class CapSyntax(SyntaxToken comma, SyntaxToken capKeyword, SyntaxToken percentage, SyntaxToken ofKeyword, SyntaxToken parameter, ImmutableArray<SyntaxToken> scope) : SyntaxNode
{
    public SyntaxToken Comma { get; } = comma;
    public SyntaxToken CapKeyword { get; } = capKeyword;
    public SyntaxToken Percentage { get; } = percentage;
    public SyntaxToken OfKeyword { get; } = ofKeyword;
    public SyntaxToken Parameter { get; } = parameter;
    public ImmutableArray<SyntaxToken> Scope { get; } = scope;

    public override IEnumerable<SyntaxElement> Children => Elements(Comma, CapKeyword, Percentage, OfKeyword, Parameter, Scope);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Comma);
        tokens.Add(CapKeyword);
        tokens.Add(Percentage);
        tokens.Add(OfKeyword);
        tokens.Add(Parameter);
        foreach (var token in Scope) tokens.Add(token);
    }
}
