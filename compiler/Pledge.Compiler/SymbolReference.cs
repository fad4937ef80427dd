using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler;

/// <summary>One name token that stands for a symbol: its declaration or a use.</summary>
public sealed record SymbolReference(Symbol Symbol, SyntaxTree Tree, SyntaxToken Token, bool IsDeclaration);
