using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`free repair`, `paid repair TEXT`, `repair up to 5% of PARAM`, `replace`, `refund`.</summary>
public sealed partial class CoverageOptionSyntax(SyntaxToken? qualifier, SyntaxToken kind, ImmutableArray<SyntaxToken> upToKeywords, SyntaxToken? percentage, SyntaxToken? ofKeyword, SyntaxToken? parameter, TextSyntax? note) : SyntaxNode
{
    public SyntaxToken? Qualifier { get; } = qualifier;
    public SyntaxToken Kind { get; } = kind;
    public ImmutableArray<SyntaxToken> UpToKeywords { get; } = upToKeywords;
    public SyntaxToken? Percentage { get; } = percentage;
    public SyntaxToken? OfKeyword { get; } = ofKeyword;
    public SyntaxToken? Parameter { get; } = parameter;
    public TextSyntax? Note { get; } = note;

    public override IEnumerable<SyntaxElement> Children => Elements(Qualifier, Kind, UpToKeywords, Percentage, OfKeyword, Parameter, Note);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        if (Qualifier is not null) tokens.Add(Qualifier);
        tokens.Add(Kind);
        foreach (var token in UpToKeywords) tokens.Add(token);
        if (Percentage is not null) tokens.Add(Percentage);
        if (OfKeyword is not null) tokens.Add(OfKeyword);
        if (Parameter is not null) tokens.Add(Parameter);
        Note?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (Note is not null) { nodes.Add(Note); Note.CollectNodes(nodes); }
    }
}
