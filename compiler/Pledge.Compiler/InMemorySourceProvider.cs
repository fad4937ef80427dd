using Pledge.Dsl.Text;

namespace Pledge.Compiler;

/// <summary>
/// Serves texts held in memory (an editor's open documents, a test's files) and falls back to another
/// provider (by default the file system) for every other path.
/// </summary>
public sealed class InMemorySourceProvider(IReadOnlyDictionary<string, string> files, ISourceProvider? fallback = null) : ISourceProvider, IInvalidEncodingReporter
{
    private readonly ISourceProvider? _fallback = fallback;

    public SourceText? TryRead(string fullPath, out string? error)
    {
        if (files.TryGetValue(fullPath, out var text))
        {
            error = null;
            return new SourceText(fullPath, text);
        }
        if (_fallback is not null) return _fallback.TryRead(fullPath, out error);
        error = "no such file";
        return null;
    }

    public int? GetInvalidEncodingOffset(SourceText source) =>
        (_fallback as IInvalidEncodingReporter)?.GetInvalidEncodingOffset(source);

    /// <summary>A provider with the default fallback to the file system.</summary>
    public static InMemorySourceProvider WithFileSystem(IReadOnlyDictionary<string, string> files) =>
        new(files, FileSystemSourceProvider.Instance);
}
