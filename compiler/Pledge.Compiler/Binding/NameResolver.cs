using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Looks names up in one file's scope, records each resolved token (for go-to-definition and find
/// references) and marks the symbol used; reports names that are undefined or of the wrong kind.
/// </summary>
internal sealed class NameResolver(FileBinding file, HashSet<Symbol> used)
{
    private readonly Dictionary<SymbolKind, List<string>> _namesByKind = [];

    public FileBinding File => file;

    public T? Resolve<T>(SyntaxToken? token) where T : Symbol
    {
        if (token is null || SyntaxValues.IsMissing(token)) return null;
        var kind = KindOf<T>();
        if (file.Scope.TryGetValue(token.Text, out var symbol))
        {
            if (symbol is T typed)
            {
                Record(token, symbol);
                return typed;
            }
            file.Diagnostics.Add(DiagnosticCatalogue.WrongKind(token.Span, token.Text, symbol.Kind.Keyword(), kind.Keyword(), Suggest(token.Text, kind)));
            return null;
        }
        file.Diagnostics.Add(kind == SymbolKind.Severity
            ? DiagnosticCatalogue.MatrixRowUnknownSeverity(token.Span, token.Text, Suggest(token.Text, kind))
            : DiagnosticCatalogue.Undefined(token.Span, kind.Keyword(), token.Text, Suggest(token.Text, kind)));
        return null;
    }

    /// <summary>A parameter that <paramref name="use"/> needs to be of <paramref name="type"/>; reports another type (PLG2010).</summary>
    public ParameterSymbol? ResolveParameter(SyntaxToken? token, ParameterType type, string use)
    {
        var parameter = Resolve<ParameterSymbol>(token);
        if (parameter is not null && parameter.Type != type && parameter.Type != ParameterType.Unknown)
            file.Diagnostics.Add(DiagnosticCatalogue.ParameterType(token!.Span, parameter.Name, parameter.Type.Keyword(), type.Keyword(), use));
        return parameter;
    }

    private void Record(SyntaxToken token, Symbol symbol)
    {
        file.References[token] = symbol;
        used.Add(symbol);
    }

    private string? Suggest(string name, SymbolKind kind)
    {
        if (!_namesByKind.TryGetValue(kind, out var names))
        {
            names = [.. file.Visible.Where(s => s.Kind == kind).Select(s => s.Name)];
            _namesByKind[kind] = names;
        }
        return NameSuggester.Suggest(name, names);
    }

    private static SymbolKind KindOf<T>() => typeof(T).Name switch
    {
        nameof(ParameterSymbol) => SymbolKind.Parameter,
        nameof(CauseSymbol) => SymbolKind.Cause,
        nameof(SeveritySymbol) => SymbolKind.Severity,
        nameof(CalendarSymbol) => SymbolKind.Calendar,
        nameof(ExclusionSymbol) => SymbolKind.Exclusion,
        nameof(ClauseSymbol) => SymbolKind.Clause,
        nameof(WarrantySymbol) => SymbolKind.Warranty,
        _ => SymbolKind.Contract,
    };
}
