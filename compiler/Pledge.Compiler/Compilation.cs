using System.Collections.Immutable;
using Pledge.Compiler.Binding;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler;

/// <summary>
/// A set of `.sla` files read together: the roots and everything they import, each file once. Parsing
/// happens on creation; binding happens once, on the first request for a model or diagnostics.
/// A compilation is immutable: an editor makes a new one when a document changes.
/// </summary>
public sealed class Compilation
{
    private readonly IReadOnlyList<SourceFile> _files;
    private readonly Lazy<BoundCompilation> _bound;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SyntaxTree> _byPath;
    private readonly Lazy<ImmutableArray<FileDiagnostic>> _diagnostics;

    private Compilation(IReadOnlyList<SourceFile> files)
    {
        _files = files;
        // Editors ask for models and diagnostics from several threads: both are computed once.
        _bound = new Lazy<BoundCompilation>(() => CompilationBinder.Bind(_files), LazyThreadSafetyMode.ExecutionAndPublication);
        _diagnostics = new Lazy<ImmutableArray<FileDiagnostic>>(CollectDiagnostics, LazyThreadSafetyMode.ExecutionAndPublication);
        SyntaxTrees = [.. files.Select(f => f.Tree)];
        RootTrees = [.. files.Where(f => f.IsRoot).Select(f => f.Tree)];
        _byPath = files.ToDictionary(f => f.Path, f => f.Tree, SourceLoader.PathComparer);
    }

    /// <summary>
    /// Reads the roots (full or relative paths of `.sla` files) and, through the provider, everything they import.
    /// </summary>
    /// <exception cref="PledgeIOException">a root cannot be read.</exception>
    public static Compilation Create(IEnumerable<string> rootPaths, ISourceProvider? provider = null)
    {
        var loader = new SourceLoader(provider ?? FileSystemSourceProvider.Instance);
        foreach (var root in rootPaths)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(root);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw new PledgeIOException(root, "it is not a valid path");
            }
            loader.LoadRoot(fullPath);
        }
        return new Compilation(loader.Files);
    }

    /// <summary>One in-memory file; its imports are read from the file system, relative to <paramref name="path"/>.</summary>
    public static Compilation FromText(string text, string path = "/virtual/main.sla")
    {
        var fullPath = Path.GetFullPath(path);
        return Create([fullPath], InMemorySourceProvider.WithFileSystem(new Dictionary<string, string> { [fullPath] = text }));
    }

    /// <summary>The roots and everything imported, each file once, in load order (depth first from the roots).</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The trees of the files the compilation was created from.</summary>
    public ImmutableArray<SyntaxTree> RootTrees { get; }

    public SyntaxTree? GetSyntaxTree(string path) =>
        _byPath.TryGetValue(path, out var tree) || _byPath.TryGetValue(SafeFullPath(path), out tree) ? tree : null;

    /// <exception cref="ArgumentException">the file is not part of the compilation.</exception>
    public SemanticModel GetSemanticModel(string path) =>
        GetSemanticModel(GetSyntaxTree(path) ?? throw new ArgumentException($"`{path}` is not part of this compilation", nameof(path)));

    /// <exception cref="ArgumentException">the tree is not part of the compilation.</exception>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        lock (_models)
        {
            if (_models.TryGetValue(tree, out var model)) return model;
            var binding = Bound.Get(tree) ?? throw new ArgumentException($"`{tree.Path}` is not part of this compilation", nameof(tree));
            model = new SemanticModel(this, binding);
            _models[tree] = model;
            return model;
        }
    }

    /// <summary>
    /// Syntax and binding diagnostics of every file, sorted by path, then offset, then code; the same
    /// files always give the same list.
    /// </summary>
    public ImmutableArray<FileDiagnostic> GetDiagnostics() => _diagnostics.Value;

    internal BoundCompilation Bound => _bound.Value;

    private ImmutableArray<FileDiagnostic> CollectDiagnostics()
    {
        var all = new List<FileDiagnostic>();
        foreach (var file in Bound.Files)
        {
            var source = file.Tree.Source;
            all.AddRange(file.Tree.Diagnostics.Select(d => new FileDiagnostic(source, d)));
            all.AddRange(file.File.Diagnostics.Select(d => new FileDiagnostic(source, d)));
            all.AddRange(file.Diagnostics.Select(d => new FileDiagnostic(source, d)));
        }
        return
        [
            .. all.OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Diagnostic.Span.Start)
                .ThenBy(d => d.Diagnostic.Code, StringComparer.Ordinal),
        ];
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
