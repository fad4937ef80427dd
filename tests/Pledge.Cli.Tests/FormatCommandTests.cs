using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;

namespace Pledge.Cli.Tests;

/// <summary>`pledge format`: rewrites only what changes, never a file with errors; --check writes nothing.</summary>
public sealed class FormatCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    /// <summary>The formatter's own output for the valid sample: by definition already formatted.</summary>
    private static string Formatted => SlaFormatter.Format(SyntaxTree.Parse(Samples.Valid));

    /// <summary>The valid sample with layout no formatter keeps: runs of spaces and an indented declaration.</summary>
    private static string Untidy => Formatted.Replace("contract idc", "contract    idc").Replace("currency CNY", "   currency     CNY");

    [Fact]
    public void Check_on_formatted_files_exits_0()
    {
        _workspace.Write("a.sla", Formatted);

        var run = _workspace.Run("format", "--check", ".");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 of 1 file would be reformatted", run.StdoutLines[^1]);
    }

    [Fact]
    public void Check_lists_files_that_would_change_exits_1_and_writes_nothing()
    {
        _workspace.Write("a.sla", Formatted);
        _workspace.Write("sub/b.sla", Untidy);
        var before = _workspace.Read("sub/b.sla");

        var run = _workspace.Run("format", "--check", ".");

        Assert.True(run.ExitCode == ExitCodes.Failure, run.ToString());
        Assert.Equal([Path.Combine("sub", "b.sla"), "1 of 2 files would be reformatted"], run.StdoutLines);
        Assert.Equal(before, _workspace.Read("sub/b.sla"));
    }

    [Fact]
    public void Format_rewrites_changed_files_then_check_passes()
    {
        _workspace.Write("b.sla", Untidy);

        var run = _workspace.Run("format", "b.sla");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(["b.sla", "reformatted 1 of 1 file"], run.StdoutLines);
        Assert.Equal(TempWorkspace.Utf8NoBom.GetBytes(Formatted), _workspace.Read("b.sla"));
        Assert.Equal(ExitCodes.Success, _workspace.Run("format", "--check", "b.sla").ExitCode);
    }

    [Fact]
    public void Unchanged_files_are_not_touched()
    {
        var path = _workspace.Write("a.sla", Formatted);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        var run = _workspace.Run("format", "a.sla");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_byte_order_mark_is_removed()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        _workspace.WriteBytes("a.sla", [.. bom, .. TempWorkspace.Utf8NoBom.GetBytes(Formatted)]);

        _workspace.Run("format", "a.sla");

        Assert.Equal(TempWorkspace.Utf8NoBom.GetBytes(Formatted), _workspace.Read("a.sla"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_with_syntax_errors_is_never_rewritten(bool checkOnly)
    {
        var broken = Samples.UnterminatedString.Replace("languages", "languages   ");
        _workspace.Write("bad.sla", broken);
        _workspace.Write("good.sla", Untidy);
        string[] args = checkOnly ? ["format", "--check", "."] : ["format", "."];

        var run = _workspace.Run(args);

        Assert.True(run.ExitCode == ExitCodes.Failure, run.ToString());
        Assert.Equal(TempWorkspace.Utf8NoBom.GetBytes(broken), _workspace.Read("bad.sla"));
        Assert.Contains("bad.sla:1:", run.Stdout);
        Assert.Contains(": error PLG1", run.Stdout);
        Assert.EndsWith("; 1 with syntax errors left unchanged\n", run.Stdout);
        // The other file is still formatted (or listed) in the same run.
        Assert.Contains("good.sla\n", run.Stdout);
        if (!checkOnly) Assert.Equal(TempWorkspace.Utf8NoBom.GetBytes(Formatted), _workspace.Read("good.sla"));
    }
}
