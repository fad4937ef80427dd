using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`severity NAME TEXT : TEXT`. Severities are declared most severe first.</summary>
public sealed class SeveritySymbol(string name, LocalizedText title, LocalizedText? description, int rank, SeverityDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Severity;
    public LocalizedText Title { get; } = title;
    public LocalizedText? Description { get; } = description;

    /// <summary>
    /// 0 for the most severe: the position among the severities of the declaring file, in declaration
    /// order. The monotonicity checks compare ranks.
    /// </summary>
    public int Rank { get; } = rank;

    public new SeverityDeclarationSyntax Syntax { get; } = syntax;
}
