using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>The result of binding every file of a compilation: per-file bindings and the cross-file reference index.</summary>
internal sealed class BoundCompilation(IReadOnlyList<FileBinding> files)
{
    private readonly Dictionary<SyntaxTree, FileBinding> _byTree = files.ToDictionary(f => f.Tree, f => f);
    private Dictionary<Symbol, ImmutableArray<SymbolReference>>? _references;

    public IReadOnlyList<FileBinding> Files { get; } = files;

    public FileBinding? Get(SyntaxTree tree) => _byTree.GetValueOrDefault(tree);

    /// <summary>Every token that stands for the symbol, by path then offset (as diagnostics are sorted); built on first use.</summary>
    public ImmutableArray<SymbolReference> GetReferences(Symbol symbol)
    {
        _references ??= BuildIndex();
        return _references.GetValueOrDefault(symbol, []);
    }

    private Dictionary<Symbol, ImmutableArray<SymbolReference>> BuildIndex()
    {
        var lists = new Dictionary<Symbol, List<SymbolReference>>();
        foreach (var file in Files.OrderBy(f => f.Tree.Path, StringComparer.Ordinal))
        {
            foreach (var (token, symbol) in file.References.OrderBy(r => r.Key.Span.Start))
            {
                if (!lists.TryGetValue(symbol, out var list)) lists[symbol] = list = [];
                list.Add(new SymbolReference(symbol, file.Tree, token, ReferenceEquals(token, symbol.NameToken)));
            }
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }
}
