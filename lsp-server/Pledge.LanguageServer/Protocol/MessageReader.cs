using System.Text;

namespace Pledge.LanguageServer.Protocol;

/// <summary>
/// Reads base-protocol frames: headers (`Content-Length: N`, optionally `Content-Type`) ended by an empty line,
/// then N bytes of UTF-8 JSON. Reads are buffered, so a frame split over many partial reads (or many frames in
/// one read) is handled. A frame whose headers have no usable length is skipped and reported, never fatal.
/// </summary>
public sealed class MessageReader(Stream input)
{
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxContentBytes = 256 * 1024 * 1024;

    private readonly Stream _input = input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>One frame's body, or a header problem (the body is then null and the frame was skipped).</summary>
    public readonly record struct Frame(byte[]? Body, string? HeaderProblem);

    /// <summary>The next frame, or null at the end of the stream.</summary>
    public async Task<Frame?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var headers = await ReadHeadersAsync(cancellationToken).ConfigureAwait(false);
        if (headers is null) return null;

        int? length = null;
        foreach (var line in headers)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) return new Frame(null, $"malformed header line `{line}`");
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, System.Globalization.NumberStyles.None, null, out var n) || n > MaxContentBytes)
                    return new Frame(null, $"invalid Content-Length `{value}`");
                length = n;
            }
        }
        if (length is null) return new Frame(null, "a message without a Content-Length header");

        var body = new byte[length.Value];
        var filled = 0;
        while (filled < body.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            var n = Math.Min(_end - _start, body.Length - filled);
            Buffer.BlockCopy(_buffer, _start, body, filled, n);
            _start += n;
            filled += n;
        }
        return new Frame(body, null);
    }

    /// <summary>Header lines up to the empty line; blank lines before the headers are skipped; null at the end.</summary>
    private async Task<List<string>?> ReadHeadersAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var line = new List<byte>();
        var total = 0;
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            var b = _buffer[_start++];
            if (++total > MaxHeaderBytes)
            {
                // Not a header at all (a client writing raw JSON, say): drop what was read and start again.
                lines.Clear();
                line.Clear();
                total = 0;
                continue;
            }
            if (b == '\r') continue;
            if (b != '\n')
            {
                line.Add(b);
                continue;
            }
            if (line.Count == 0)
            {
                if (lines.Count > 0) return lines;
                continue;
            }
            lines.Add(Encoding.ASCII.GetString(line.ToArray()));
            line.Clear();
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await _input.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }
}
