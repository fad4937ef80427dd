using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Pledge.Dsl.Text;

namespace Pledge.Compiler;

/// <summary>
/// Reads files as strict UTF-8 (a BOM is dropped). Invalid bytes are decoded to U+FFFD so the file can
/// still be parsed, and the offset of the first one is kept for <see cref="IInvalidEncodingReporter"/>.
/// </summary>
public sealed class FileSystemSourceProvider : ISourceProvider, IInvalidEncodingReporter
{
    public static FileSystemSourceProvider Instance { get; } = new();

    // Keyed by the returned text so that a provider shared by many compilations leaks nothing.
    private readonly ConditionalWeakTable<SourceText, StrongBox<int>> _invalidOffsets = new();

    public SourceText? TryRead(string fullPath, out string? error)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(fullPath))
            {
                error = "it is a directory";
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = "no such file";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = e.Message;
            return null;
        }

        error = null;
        var source = new SourceText(fullPath, Decode(bytes, out var invalidOffset));
        if (invalidOffset is { } offset) _invalidOffsets.AddOrUpdate(source, new StrongBox<int>(offset));
        return source;
    }

    public int? GetInvalidEncodingOffset(SourceText source) =>
        _invalidOffsets.TryGetValue(source, out var box) ? box.Value : null;

    /// <summary>
    /// Decodes UTF-8 (dropping a BOM); invalid sequences become U+FFFD and <paramref name="firstInvalidOffset"/>
    /// is the char offset of the first one.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out int? firstInvalidOffset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            // A strict pass stops at the first invalid byte: the chars written so far give its offset.
            var status = Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                firstInvalidOffset = null;
                return new string(chars, 0, written);
            }
            firstInvalidOffset = written;
            return Encoding.UTF8.GetString(bytes); // the default UTF8Encoding replaces invalid bytes with U+FFFD
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
