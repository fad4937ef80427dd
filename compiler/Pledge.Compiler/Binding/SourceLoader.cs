using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Reads and parses the roots and, depth first, everything they import, each file once (a diamond
/// loads its shared file once). Reports imports that cannot be read and imports that close a cycle.
/// </summary>
internal sealed class SourceLoader(ISourceProvider provider)
{
    private enum VisitState { Visiting, Done }

    private readonly Dictionary<string, SourceFile?> _byPath = new(PathComparer);
    private readonly Dictionary<string, string> _readErrors = new(PathComparer);
    private readonly Dictionary<SourceFile, VisitState> _state = [];
    private readonly List<SourceFile> _stack = [];
    private readonly List<SourceFile> _files = [];

    /// <summary>Paths compare as the file system does: case-insensitively on Windows and macOS.</summary>
    public static StringComparer PathComparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public IReadOnlyList<SourceFile> Files => _files;

    /// <exception cref="PledgeIOException">a root cannot be read.</exception>
    public void LoadRoot(string fullPath)
    {
        var file = GetOrLoad(fullPath) ?? throw new PledgeIOException(fullPath, _readErrors[fullPath]);
        file.IsRoot = true;
        if (!_state.ContainsKey(file)) Visit(file);
    }

    private void Visit(SourceFile file)
    {
        _state[file] = VisitState.Visiting;
        _stack.Add(file);
        var directory = Path.GetDirectoryName(file.Path) ?? "";
        foreach (var import in file.Tree.Root.Declarations.OfType<ImportDeclarationSyntax>())
        {
            var written = import.Path.Value;
            if (SyntaxValues.IsMissing(import.Path.Token)) continue;
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(Path.Combine(directory, written));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                file.Diagnostics.Add(DiagnosticCatalogue.ImportMissing(import.Path.Span, written, "it is not a valid path"));
                file.Imports.Add(new ImportEdge(import, written, null, false));
                continue;
            }

            var target = GetOrLoad(fullPath);
            if (target is null)
            {
                file.Diagnostics.Add(DiagnosticCatalogue.ImportMissing(import.Path.Span, written, _readErrors[fullPath]));
                file.Imports.Add(new ImportEdge(import, fullPath, null, false));
                continue;
            }
            target.LoadedBy ??= file;

            if (_state.TryGetValue(target, out var state) && state == VisitState.Visiting)
            {
                var start = _stack.IndexOf(target);
                var cycle = _stack.Skip(start).Append(target).Select(f => Locations.RelativePath(file.Path, f.Path)).ToList();
                file.Diagnostics.Add(DiagnosticCatalogue.Cycle(import.Path.Span, cycle));
                file.Imports.Add(new ImportEdge(import, fullPath, target, true));
                continue;
            }
            file.Imports.Add(new ImportEdge(import, fullPath, target, false));
            if (!_state.ContainsKey(target)) Visit(target);
        }
        _stack.RemoveAt(_stack.Count - 1);
        _state[file] = VisitState.Done;
    }

    private SourceFile? GetOrLoad(string fullPath)
    {
        if (_byPath.TryGetValue(fullPath, out var known)) return known;
        var text = provider.TryRead(fullPath, out var error);
        if (text is null)
        {
            _byPath[fullPath] = null;
            _readErrors[fullPath] = error ?? "it cannot be read";
            return null;
        }
        var invalidOffset = (provider as IInvalidEncodingReporter)?.GetInvalidEncodingOffset(text);
        // Keep the path the compilation asked for, so diagnostics and lookups agree on it.
        if (text.Path != fullPath) text = new SourceText(fullPath, text.Text);
        var file = new SourceFile(SyntaxTree.Parse(text), _files.Count);
        if (invalidOffset is { } offset)
            file.Diagnostics.Add(DiagnosticCatalogue.BadEncoding(new TextSpan(offset, Math.Min(1, text.Text.Length - offset))));
        _byPath[fullPath] = file;
        _files.Add(file);
        return file;
    }
}
