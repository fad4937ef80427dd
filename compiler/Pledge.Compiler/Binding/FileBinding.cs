using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Everything binding learnt about one file. Filled by the binders in order, then only read.</summary>
internal sealed class FileBinding(SourceFile file)
{
    public SourceFile File { get; } = file;
    public SyntaxTree Tree => File.Tree;

    /// <summary>The file's effective languages: its own `languages`, or those of the file that imported it first.</summary>
    public ImmutableArray<string> Languages { get; set; } = [];

    public ContractSymbol? Contract { get; set; }

    /// <summary>The symbols this file declares, in source order (duplicates included).</summary>
    public List<Symbol> Declared { get; } = [];

    /// <summary>This file's names: the first declaration of each.</summary>
    public Dictionary<string, Symbol> OwnNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The files this one imports, directly or not, each once, in depth-first import order.</summary>
    public List<SourceFile> Closure { get; } = [];

    /// <summary>Every name visible in the file: its own declarations win, then imports in order.</summary>
    public Dictionary<string, Symbol> Scope { get; } = new(StringComparer.Ordinal);

    /// <summary>The symbols of <see cref="Scope"/>: own ones first (source order), then imported ones (import order).</summary>
    public List<Symbol> Visible { get; } = [];

    /// <summary>The visible severities (every matrix must give each a row); computed once, after scopes are built.</summary>
    public IReadOnlyList<SeveritySymbol> Severities => _severities ??= [.. Visible.OfType<SeveritySymbol>()];

    private List<SeveritySymbol>? _severities;

    /// <summary>Every name token of this file that stands for a symbol, declarations included.</summary>
    public Dictionary<SyntaxToken, Symbol> References { get; } = new(ReferenceEqualityComparer.Instance);

    public List<Diagnostic> Diagnostics { get; } = [];

    public LocalizedText Text(TextSyntax syntax) => new(syntax.Values, Languages, syntax);

    public string Describe(SyntaxTree target, SyntaxElement element) => Locations.Describe(Tree, target, element);

    public string Describe(SyntaxElement element) => Locations.Describe(Tree, Tree, element);
}
