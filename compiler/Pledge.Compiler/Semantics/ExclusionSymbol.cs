using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`exclusion NAME TEXT { causes … text … }`: a top-level exclusion that applies to every clause.</summary>
public sealed class ExclusionSymbol(string name, LocalizedText title, ExclusionDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Exclusion;
    public LocalizedText Title { get; } = title;

    /// <summary>The causes it excludes (names that did not resolve are left out and reported).</summary>
    public ImmutableArray<CauseSymbol> Causes { get; internal set; } = [];

    public ImmutableArray<LocalizedText> Texts { get; internal set; } = [];

    public new ExclusionDeclarationSyntax Syntax { get; } = syntax;
}
