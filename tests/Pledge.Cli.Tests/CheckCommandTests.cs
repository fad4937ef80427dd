using System.Text.Json;

namespace Pledge.Cli.Tests;

/// <summary>`pledge check` end to end over temporary files: exit codes, recursion, paths, every format.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Valid_file_exits_0_with_a_summary()
    {
        _workspace.Write("idc.sla", Samples.Valid);

        var run = _workspace.Run("check", "idc.sla");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings in 1 file", run.StdoutLines[^1]);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void File_with_errors_exits_1_and_reports_them_with_a_relative_path()
    {
        _workspace.Write("contracts/bad.sla", Samples.UnterminatedString);

        var run = _workspace.Run("check", "contracts");

        Assert.True(run.ExitCode == ExitCodes.Failure, run.ToString());
        Assert.StartsWith($"contracts{Path.DirectorySeparatorChar}bad.sla:1:", run.Stdout);
        Assert.Contains(": error PLG1", run.Stdout);
        Assert.Matches(@"^\d+ errors?, \d+ warnings? in 1 file$", run.StdoutLines[^1]);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_sla_files_only()
    {
        _workspace.Write("root/a.sla", Samples.Valid);
        _workspace.Write("root/sub/deeper/b.sla", Samples.Valid);
        _workspace.Write("root/sub/c.SLA", Samples.Valid);
        _workspace.Write("root/sub/readme.md", "# not a contract");
        _workspace.Write("root/sub/d.sla.bak", "not a contract either");

        var run = _workspace.Run("check", "root");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("0 errors, 0 warnings in 3 files", run.StdoutLines[^1]);
    }

    [Fact]
    public void Every_file_with_errors_is_reported_in_sorted_order()
    {
        _workspace.Write("root/z.sla", Samples.UnterminatedString);
        _workspace.Write("root/sub/m.sla", Samples.UnterminatedString);
        _workspace.Write("root/a.sla", Samples.UnterminatedString);
        _workspace.Write("root/ok.sla", Samples.Valid);

        var run = _workspace.Run("check", "root", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Failure, run.ToString());
        var files = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .Select(d => d.GetProperty("file").GetString()!).Distinct().ToList();
        var sep = Path.DirectorySeparatorChar;
        Assert.Equal([$"root{sep}a.sla", $"root{sep}sub{sep}m.sla", $"root{sep}z.sla"], files);
    }

    [Fact]
    public void A_file_given_twice_is_checked_once()
    {
        _workspace.Write("a.sla", Samples.Valid);
        var run = _workspace.Run("check", "a.sla", ".", Path.Combine(_workspace.Root, "a.sla"));
        Assert.Equal("0 errors, 0 warnings in 1 file", run.StdoutLines[^1]);
    }

    [Fact]
    public void Files_outside_the_working_directory_are_shown_in_full()
    {
        using var other = new TempWorkspace();
        var path = other.Write("far.sla", Samples.UnterminatedString);

        var run = _workspace.Run("check", path, "--format", "msbuild");

        Assert.StartsWith(path + "(", run.Stdout);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("msbuild")]
    [InlineData("sarif")]
    public void Output_is_deterministic(string format)
    {
        _workspace.Write("b.sla", Samples.UnterminatedString);
        _workspace.Write("a/a.sla", Samples.UnterminatedString);

        var first = _workspace.Run("check", ".", "--format", format);
        var second = _workspace.Run("check", "b.sla", "a", "--format", format);

        Assert.Equal(ExitCodes.Failure, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Json_output_is_an_array_of_documented_objects()
    {
        _workspace.Write("bad.sla", Samples.UnterminatedString);

        var run = _workspace.Run("check", "bad.sla", "--format", "json");

        var array = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        Assert.NotEqual(0, array.GetArrayLength());
        string[] expected = ["file", "line", "column", "endLine", "endColumn", "code", "name", "severity", "message", "hint", "fix"];
        foreach (var item in array.EnumerateArray())
        {
            Assert.Equal(expected, item.EnumerateObject().Select(p => p.Name));
            Assert.Equal("bad.sla", item.GetProperty("file").GetString());
            Assert.True(item.GetProperty("line").GetInt32() >= 1);
            Assert.True(item.GetProperty("column").GetInt32() >= 1);
            Assert.Matches("^PLG[0-9]{4}$", item.GetProperty("code").GetString());
            Assert.Contains(item.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        }
    }

    [Fact]
    public void Json_output_of_a_clean_run_is_an_empty_array()
    {
        _workspace.Write("ok.sla", Samples.Valid);
        var run = _workspace.Run("check", "ok.sla", "--format", "json");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public void MsBuild_output_is_one_canonical_line_per_diagnostic()
    {
        _workspace.Write("bad.sla", Samples.UnterminatedString);

        var run = _workspace.Run("check", "bad.sla", "--format", "msbuild");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.NotEmpty(run.StdoutLines);
        Assert.All(run.StdoutLines, line =>
            Assert.Matches(@"^bad\.sla\(\d+,\d+,\d+,\d+\): (error|warning|info) PLG\d{4}: .+$", line));
    }

    [Fact]
    public void Text_caret_is_under_the_error_after_CJK_text()
    {
        _workspace.Write("cjk.sla", "contract idc \"服务品质保证书\" / \"Service\" @\n");

        var run = _workspace.Run("check", "cjk.sla");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("cjk.sla:1:", StringComparison.Ordinal) && l.Contains("`@`"));
        Assert.True(header >= 0, run.ToString());
        var (source, carets) = (lines[header + 1], lines[header + 2]);
        // The gutter is as wide on both lines; after it, `@` sits behind 7 two-column characters.
        var atColumn = Output.TerminalWidth.Of(source[..source.IndexOf('@')]);
        Assert.Equal(atColumn, carets.IndexOf('^'));
        Assert.Equal(13 + 16 + 3 + 9 + 1, atColumn - (source.IndexOf('|') + 2));
    }
}
