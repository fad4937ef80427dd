namespace Pledge.Cli.Tests;

/// <summary>Usage and input problems: exit 2 and exactly one line on stderr, nothing on stdout.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("format")]
    [InlineData("check --bogus ok.sla")]
    [InlineData("check ok.sla --format xml")]
    [InlineData("format --check --bogus ok.sla")]
    [InlineData("check missing.sla")]
    [InlineData("check missing-folder/")]
    [InlineData("check ok.sla missing.sla")]
    [InlineData("check notes.txt")]
    [InlineData("check empty")]
    [InlineData("format missing.sla")]
    public void Usage_problems_exit_2_with_one_line(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _workspace.Write("ok.sla", Samples.Valid);
        _workspace.Write("notes.txt", "not a contract");
        Directory.CreateDirectory(Path.Combine(_workspace.Root, "empty"));

        var run = _workspace.Run(args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("pledge: error: ", lines[0]);
    }

    [Fact]
    public void Missing_file_names_the_path_as_given()
    {
        var run = _workspace.Run("check", "missing.sla");
        Assert.Equal("pledge: error: `missing.sla` does not exist\n", run.Stderr);
    }

    [Fact]
    public void Unknown_command_is_named()
    {
        var run = _workspace.Run("frobnicate");
        Assert.Contains("frobnicate", run.Stderr);
    }

    [Fact]
    public void Help_exits_0_on_stdout()
    {
        var run = _workspace.Run("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("check", run.Stdout);
        Assert.Contains("format", run.Stdout);
        Assert.Equal("", run.Stderr);
    }
}
