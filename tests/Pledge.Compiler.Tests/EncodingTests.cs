using System.Text;
using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>Files are strict UTF-8: invalid bytes decode to U+FFFD and give PLG1009 at the first one.</summary>
public class EncodingTests
{
    [Fact]
    public void PLG1009_at_the_first_invalid_byte()
    {
        using var dir = new TempDirectory();
        var prefix = Encoding.UTF8.GetBytes(Header + "// 注释 ");
        byte[] bytes = [.. prefix, 0xFF, 0xFE, (byte)'\n'];
        var path = dir.WriteBytes("main.sla", bytes);
        var c = Compilation.Create([path]);
        var d = Single(c, "PLG1009");
        var expectedOffset = (Header + "// 注释 ").Length;
        Assert.Equal(expectedOffset, d.Span.Start);
        Assert.Equal('\uFFFD', c.SyntaxTrees[0].Source.Text[expectedOffset]);
    }

    [Fact]
    public void PLG1009_not_reported_for_valid_UTF8_with_a_BOM()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header)];
        var c = Compilation.Create([dir.WriteBytes("main.sla", bytes)]);
        None(c, "PLG1009");
        Assert.StartsWith("contract", c.SyntaxTrees[0].Source.Text);
    }

    [Fact]
    public void Decode_reports_the_char_offset_not_the_byte_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("中文"), 0xC3];
        var text = FileSystemSourceProvider.Decode(bytes, out var offset);
        Assert.Equal(2, offset);
        Assert.Equal("中文\uFFFD", text);
    }
}
