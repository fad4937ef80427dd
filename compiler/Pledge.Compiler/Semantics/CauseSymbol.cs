using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`cause NAME TEXT`: a reason an incident happened, named in the incident log.</summary>
public sealed class CauseSymbol(string name, LocalizedText title, CauseDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Cause;
    public LocalizedText Title { get; } = title;
    public new CauseDeclarationSyntax Syntax { get; } = syntax;
}
