using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`remedy waive monthly_fee when breached`.</summary>
public sealed partial class WaiveRemedySyntax(SyntaxToken remedyKeyword, SyntaxToken waiveKeyword, SyntaxToken parameter, ImmutableArray<SyntaxToken> whenKeywords) : RemedySyntax
{
    public SyntaxToken RemedyKeyword { get; } = remedyKeyword;
    public SyntaxToken WaiveKeyword { get; } = waiveKeyword;
    public SyntaxToken Parameter { get; } = parameter;
    public ImmutableArray<SyntaxToken> WhenKeywords { get; } = whenKeywords;

    public override IEnumerable<SyntaxElement> Children => Elements(RemedyKeyword, WaiveKeyword, Parameter, WhenKeywords);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(RemedyKeyword);
        tokens.Add(WaiveKeyword);
        tokens.Add(Parameter);
        foreach (var token in WhenKeywords) tokens.Add(token);
    }
}
