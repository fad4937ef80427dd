using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Builds each file's scope: its own names, then the names of everything it imports, directly or not.
/// A name declared by the file and by an import is reported at the file's declaration; a name that two
/// unrelated imports both declare is reported at the import that brings the second one.
/// </summary>
internal sealed class ScopeBuilder(IReadOnlyDictionary<SourceFile, FileBinding> bindings)
{
    private readonly Dictionary<SourceFile, HashSet<SourceFile>> _closures = [];
    private readonly Dictionary<Dsl.Syntax.SyntaxTree, SourceFile> _byTree =
        bindings.Keys.ToDictionary(f => f.Tree, f => f);

    public void Build(FileBinding file)
    {
        foreach (var symbol in file.Declared)
            if (ReferenceEquals(file.OwnNames[symbol.Name], symbol))
            {
                file.Scope[symbol.Name] = symbol;
                file.Visible.Add(symbol);
            }

        var seenFiles = new HashSet<SourceFile> { file.File };
        var reportedOwn = new HashSet<Symbol>();
        foreach (var import in file.File.Imports)
        {
            if (import.Followed is not { } target) continue;
            var brought = ClosureWithSelf(target);
            foreach (var other in Ordered(target))
            {
                if (!seenFiles.Add(other)) continue;
                file.Closure.Add(other);
                var otherBinding = bindings[other];
                foreach (var symbol in otherBinding.Declared)
                {
                    if (!ReferenceEquals(otherBinding.OwnNames[symbol.Name], symbol)) continue;
                    if (!file.Scope.TryGetValue(symbol.Name, out var existing))
                    {
                        file.Scope[symbol.Name] = symbol;
                        file.Visible.Add(symbol);
                        continue;
                    }
                    if (ReferenceEquals(existing.Tree, file.Tree))
                    {
                        if (reportedOwn.Add(existing))
                            file.Diagnostics.Add(DiagnosticCatalogue.Duplicate(existing.NameToken.Span, existing.Kind.Keyword(), existing.Name,
                                symbol.Kind.Keyword(), file.Describe(symbol.Tree, symbol.NameToken)));
                    }
                    else if (!brought.Contains(FileOf(existing)))
                    {
                        // Both come from imports that do not see each other: only this file sees the clash.
                        file.Diagnostics.Add(DiagnosticCatalogue.DuplicateThroughImports(import.Syntax.Path.Span, symbol.Name,
                            file.Describe(existing.Tree, existing.NameToken), file.Describe(symbol.Tree, symbol.NameToken)));
                    }
                }
            }
        }
    }

    private SourceFile FileOf(Symbol symbol) => _byTree[symbol.Tree];

    /// <summary>The file and everything it imports, in depth-first order, each once.</summary>
    private static IEnumerable<SourceFile> Ordered(SourceFile root)
    {
        var seen = new HashSet<SourceFile>();
        var stack = new Stack<SourceFile>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var file = stack.Pop();
            if (!seen.Add(file)) continue;
            yield return file;
            for (var i = file.Imports.Count - 1; i >= 0; i--)
                if (file.Imports[i].Followed is { } next && !seen.Contains(next)) stack.Push(next);
        }
    }

    private HashSet<SourceFile> ClosureWithSelf(SourceFile file)
    {
        if (_closures.TryGetValue(file, out var known)) return known;
        var set = new HashSet<SourceFile>(Ordered(file));
        _closures[file] = set;
        return set;
    }
}
