using Pledge.Dsl.Text;

namespace Pledge.Compiler;

/// <summary>Where a compilation reads files from: the file system, or an editor's open documents.</summary>
public interface ISourceProvider
{
    /// <summary>The text of the file at a full path, or null with a reason (`no such file`, …) when it cannot be read.</summary>
    SourceText? TryRead(string fullPath, out string? error);
}

/// <summary>
/// An optional capability of a provider that decodes bytes: where the first byte that was not valid UTF-8
/// landed in the decoded text. The compilation reports it as PLG1009.
/// </summary>
public interface IInvalidEncodingReporter
{
    /// <summary>The char offset of the first invalid byte's replacement character, or null when the text decoded cleanly.</summary>
    int? GetInvalidEncodingOffset(SourceText source);
}
