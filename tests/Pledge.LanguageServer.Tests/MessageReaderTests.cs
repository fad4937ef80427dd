using System.Text;
using Pledge.LanguageServer.Protocol;

namespace Pledge.LanguageServer.Tests;

public sealed class MessageReaderTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as a slow pipe may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    private static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task Frames_split_over_partial_reads_are_put_back_together(int chunk)
    {
        var data = Frame("{\"a\":\"服务\"}").Concat(Frame("{\"b\":2}")).ToArray();
        var reader = new MessageReader(new TrickleStream(data, chunk));
        Assert.Equal("{\"a\":\"服务\"}", Encoding.UTF8.GetString((await reader.ReadAsync())!.Value.Body!));
        Assert.Equal("{\"b\":2}", Encoding.UTF8.GetString((await reader.ReadAsync())!.Value.Body!));
        Assert.Null(await reader.ReadAsync());
    }

    [Fact]
    public async Task A_frame_without_a_length_is_reported_and_the_next_one_is_read()
    {
        var data = Encoding.ASCII.GetBytes("Content-Type: x\r\n\r\n").Concat(Frame("{}")).ToArray();
        var reader = new MessageReader(new MemoryStream(data));
        var bad = await reader.ReadAsync();
        Assert.Null(bad!.Value.Body);
        Assert.Contains("Content-Length", bad.Value.HeaderProblem);
        Assert.Equal("{}", Encoding.UTF8.GetString((await reader.ReadAsync())!.Value.Body!));
    }

    [Fact]
    public async Task An_invalid_length_is_reported()
    {
        var reader = new MessageReader(new MemoryStream(Encoding.ASCII.GetBytes("Content-Length: -5\r\n\r\n")));
        Assert.Contains("invalid Content-Length", (await reader.ReadAsync())!.Value.HeaderProblem);
    }

    [Fact]
    public async Task Extra_headers_and_case_are_accepted()
    {
        var body = "{\"x\":1}";
        var data = Encoding.ASCII.GetBytes($"content-length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{body}");
        Assert.Equal(body, Encoding.UTF8.GetString((await new MessageReader(new MemoryStream(data)).ReadAsync())!.Value.Body!));
    }
}
