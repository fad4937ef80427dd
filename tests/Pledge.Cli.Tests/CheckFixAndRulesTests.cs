using Xunit;

namespace Pledge.Cli.Tests;

/// <summary>`pledge check` runs the consistency rules, honours pledge.json and applies safe fixes with --fix.</summary>
public sealed class CheckFixAndRulesTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private const string Inconsistent = """
        contract c "合同" / "Contract"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY
        parameter fee "月费" / "Monthly fee" : money
        clause net "网络" / "Network" {
          availability 99.9% per month
          max downtime 44 min per month
          remedy waive fee when breached
        }

        """;

    [Fact]
    public void Consistency_errors_fail_the_check_with_their_figures()
    {
        _workspace.Write("c.sla", Inconsistent);
        var run = _workspace.Run("check", "c.sla");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("c.sla:8:16: error PLG3001:", run.Stdout);
        Assert.Contains("43.2 min in 30 days", run.Stdout);
    }

    [Fact]
    public void Pledge_json_lowers_a_rule_and_the_check_passes()
    {
        _workspace.Write("c.sla", Inconsistent);
        _workspace.Write("pledge.json", """{ "rules": { "max-downtime-exceeds-availability": "warning" } }""");
        var run = _workspace.Run("check", "c.sla");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PLG3001", run.Stdout);
    }

    [Fact]
    public void Fix_applies_safe_fixes_and_leaves_the_rest()
    {
        var text = Inconsistent.Replace("clause net", "// pledge-ignore PLG2001 stale excuse\nclause net");
        _workspace.Write("c.sla", text);
        var run = _workspace.Run("check", "--fix", "c.sla");
        var after = TempWorkspace.Utf8NoBom.GetString(_workspace.Read("c.sla"));
        // The unused suppression is removed (safe); the inconsistent maximum is not (changing it changes the promise).
        Assert.DoesNotContain("pledge-ignore", after);
        Assert.Contains("max downtime 44 min", after);
        Assert.Equal(Inconsistent, after);
        Assert.Contains("fixed 1 problem(s) in c.sla", run.Stderr);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("PLG9005", run.Stdout);
    }

    [Fact]
    public void Without_fix_nothing_is_written()
    {
        var text = Inconsistent.Replace("clause net", "// pledge-ignore PLG2001 stale excuse\nclause net");
        _workspace.Write("c.sla", text);
        var run = _workspace.Run("check", "c.sla");
        Assert.Contains("PLG9005", run.Stdout);
        Assert.Equal(text, TempWorkspace.Utf8NoBom.GetString(_workspace.Read("c.sla")));
    }
}
