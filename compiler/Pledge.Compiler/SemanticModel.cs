using System.Collections.Immutable;
using Pledge.Compiler.Binding;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler;

/// <summary>
/// What one file means: its contract, the symbols it can see (its own and everything it imports), and
/// which symbol each name token stands for. Views are computed on first use.
/// </summary>
public sealed class SemanticModel
{
    private readonly FileBinding _binding;
    private ImmutableArray<Symbol> _symbols;
    private ImmutableArray<Symbol> _declared;
    private SyntaxToken[]? _tokensByOffset;

    internal SemanticModel(Compilation compilation, FileBinding binding)
    {
        Compilation = compilation;
        _binding = binding;
    }

    public Compilation Compilation { get; }

    public SyntaxTree SyntaxTree => _binding.Tree;

    /// <summary>The file's `contract` header with its settings; null in a library.</summary>
    public ContractSymbol? Contract => _binding.Contract;

    /// <summary>The languages this file's texts are written in: its own `languages`, or those of the file that imported it first.</summary>
    public ImmutableArray<string> Languages => _binding.Languages;

    /// <summary>The files this one imports, directly or not.</summary>
    public ImmutableArray<SyntaxTree> ImportedTrees => [.. _binding.Closure.Select(f => f.Tree)];

    /// <summary>Every symbol visible in the file: its own declarations (source order), then imported ones (import order).</summary>
    public ImmutableArray<Symbol> Symbols => _symbols.IsDefault ? _symbols = [.. _binding.Visible] : _symbols;

    /// <summary>The symbols this file declares itself (a second declaration of a name included).</summary>
    public ImmutableArray<Symbol> DeclaredSymbols => _declared.IsDefault ? _declared = [.. _binding.Declared] : _declared;

    public ImmutableArray<ParameterSymbol> Parameters => Of<ParameterSymbol>();
    public ImmutableArray<CauseSymbol> Causes => Of<CauseSymbol>();

    /// <summary>Visible severities, most severe first within each declaring file.</summary>
    public ImmutableArray<SeveritySymbol> Severities => Of<SeveritySymbol>();
    public ImmutableArray<CalendarSymbol> Calendars => Of<CalendarSymbol>();

    /// <summary>Top-level exclusions: each applies to every clause.</summary>
    public ImmutableArray<ExclusionSymbol> Exclusions => Of<ExclusionSymbol>();
    public ImmutableArray<ClauseSymbol> Clauses => Of<ClauseSymbol>();
    public ImmutableArray<WarrantySymbol> Warranties => Of<WarrantySymbol>();

    /// <summary>The visible symbols of one kind (for completion).</summary>
    public ImmutableArray<Symbol> LookupSymbols(SymbolKind kind) => [.. Symbols.Where(s => s.Kind == kind)];

    /// <summary>The visible symbol with that name, of any kind.</summary>
    public Symbol? LookupSymbol(string name) => _binding.Scope.GetValueOrDefault(name);

    /// <summary>The symbol a name token stands for (a reference or a declaration's name), or null.</summary>
    public Symbol? GetSymbol(SyntaxToken token) =>
        token == _binding.Contract?.NameToken ? _binding.Contract : _binding.References.GetValueOrDefault(token);

    /// <summary>The symbol a declaration declares (contract, parameter, cause, … warranty), or null for others.</summary>
    public Symbol? GetDeclaredSymbol(DeclarationSyntax declaration) => declaration switch
    {
        ContractDeclarationSyntax c => ReferenceEquals(c, _binding.Contract?.Syntax) ? _binding.Contract : null,
        ParameterDeclarationSyntax p => Declared(p, p.Name),
        CauseDeclarationSyntax c => Declared(c, c.Name),
        SeverityDeclarationSyntax s => Declared(s, s.Name),
        CalendarDeclarationSyntax c => Declared(c, c.Name),
        ExclusionDeclarationSyntax e => Declared(e, e.Name),
        ClauseDeclarationSyntax c => Declared(c, c.Name),
        WarrantyDeclarationSyntax w => Declared(w, w.Name),
        _ => null,
    };

    private Symbol? Declared(DeclarationSyntax declaration, SyntaxToken name) =>
        _binding.References.GetValueOrDefault(name) is { } symbol && ReferenceEquals(symbol.Syntax, declaration) ? symbol : null;

    /// <summary>The name token at or touching an offset (a cursor), and its symbol; for editors.</summary>
    public (SyntaxToken Token, Symbol Symbol)? GetSymbolAt(int offset)
    {
        var tokens = _tokensByOffset ??= [.. _binding.References.Keys.OrderBy(t => t.Span.Start)];
        var lo = 0;
        var hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = tokens[mid].Span;
            if (span.ContainsOrTouches(offset)) return (tokens[mid], _binding.References[tokens[mid]]);
            if (span.Start > offset) hi = mid - 1;
            else lo = mid + 1;
        }
        return null;
    }

    /// <summary>Every token in the compilation that stands for the symbol, its declaration included (for find references and rename).</summary>
    public ImmutableArray<SymbolReference> GetReferences(Symbol symbol) => Compilation.Bound.GetReferences(symbol);

    /// <summary>The binding diagnostics of this file (syntax diagnostics are on <see cref="SyntaxTree"/>).</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => [.. _binding.File.Diagnostics, .. _binding.Diagnostics];

    private ImmutableArray<T> Of<T>() where T : Symbol => [.. Symbols.OfType<T>()];
}
