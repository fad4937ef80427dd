using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`parameter NAME TEXT : TYPE`: a per-customer value filled in at evaluation and certificate time.</summary>
public sealed class ParameterSymbol(string name, LocalizedText title, ParameterType type, ParameterDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Parameter;
    public LocalizedText Title { get; } = title;
    public ParameterType Type { get; } = type;
    public new ParameterDeclarationSyntax Syntax { get; } = syntax;
}
