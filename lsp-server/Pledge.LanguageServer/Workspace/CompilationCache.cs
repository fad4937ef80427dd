using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pledge.Compiler;
using Pledge.Compiler.Checks.Configuration;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// The one compilation cache. Each open document has a compilation of itself and its imports, valid as long
/// as every file in it is read from the same input (the same open document, disk files by the disk
/// generation); it is rebuilt lazily when a request or the diagnostics need it. Rename, references and
/// workspace symbols need every file that could name a symbol: one workspace compilation of the open
/// documents and the `.sla` files under the workspace folders, rebuilt on the same terms.
/// </summary>
public sealed class CompilationCache
{
    private const int MaxWorkspaceFiles = 5000;

    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private readonly object _workspaceGate = new();
    private (long Version, int Disk, Compilation Compilation)? _workspace;
    private ConfigurationLoader _configuration = new();

    /// <summary>What each file of the compilation was read from: the open document (compared by identity, so a re-open with the same version still counts as new) or null for the disk.</summary>
    private sealed record Entry(ImmutableDictionary<string, OpenDocument?> Inputs, int DiskGeneration, DocumentAnalysis Analysis);

    /// <summary>Forgets what was read from disk, pledge.json included.</summary>
    public void DiskChanged() => _configuration = new ConfigurationLoader();

    public void Forget(string path) => _byPath.TryRemove(path, out _);

    /// <summary>The analysis of an open document in a snapshot, or null when the snapshot does not have it open.</summary>
    public DocumentAnalysis? Get(WorkspaceSnapshot snapshot, string path)
    {
        if (!snapshot.DocumentsByPath.TryGetValue(path, out var document)) return null;
        if (_byPath.TryGetValue(path, out var entry) && IsValid(entry, snapshot)) return entry.Analysis;

        var compilation = Compilation.Create([path], new InMemorySourceProvider(snapshot.Texts, FileSystemSourceProvider.Instance));
        var inputs = compilation.SyntaxTrees.ToImmutableDictionary(t => t.Path, t => snapshot.DocumentsByPath.GetValueOrDefault(t.Path), StringComparer.Ordinal);
        var fresh = new Entry(inputs, snapshot.DiskGeneration, new DocumentAnalysis(document, compilation, _configuration));
        // A slower build for an older snapshot must not replace a newer one.
        _byPath.AddOrUpdate(path, fresh, (_, old) => old.Analysis.Document.Version > document.Version ? old : fresh);
        return fresh.Analysis;
    }

    private static bool IsValid(Entry entry, WorkspaceSnapshot snapshot)
    {
        if (entry.DiskGeneration != snapshot.DiskGeneration) return false;
        foreach (var (path, document) in entry.Inputs)
            if (!ReferenceEquals(snapshot.DocumentsByPath.GetValueOrDefault(path), document)) return false;
        return true;
    }

    /// <summary>Every open document and every `.sla` file under the workspace folders, compiled together.</summary>
    public Compilation GetWorkspaceCompilation(WorkspaceSnapshot snapshot)
    {
        lock (_workspaceGate)
        {
            if (_workspace is { } w && w.Version == snapshot.Version && w.Disk == snapshot.DiskGeneration) return w.Compilation;
            var roots = new SortedSet<string>(snapshot.DocumentsByPath.Keys, StringComparer.Ordinal);
            foreach (var file in FilesUnder(snapshot.RootFolders).Take(MaxWorkspaceFiles)) roots.Add(file);
            var provider = new InMemorySourceProvider(snapshot.Texts, FileSystemSourceProvider.Instance);
            Compilation compilation;
            try
            {
                compilation = Compilation.Create(roots, provider);
            }
            catch (PledgeIOException)
            {
                // A file found a moment ago is gone or unreadable: the open documents still make a workspace.
                compilation = Compilation.Create(snapshot.DocumentsByPath.Keys.Order(StringComparer.Ordinal), provider);
            }
            _workspace = (snapshot.Version, snapshot.DiskGeneration, compilation);
            return compilation;
        }
    }

    private static IEnumerable<string> FilesUnder(IEnumerable<string> folders)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.sla", options))
            {
                if (IsBuildOutput(file)) continue;
                yield return Path.GetFullPath(file);
            }
        }
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git" or ".artifacts");
}
