using System.Runtime.CompilerServices;
using Xunit;

namespace Pledge.Cli.Tests;

/// <summary>
/// `pledge eval --engine` and `pledge build`: the compiled engine (the default) and the interpreter give the same
/// bytes; `build` writes the evaluator's C# and assembly.
/// </summary>
public class CompiledEngineTests
{
    /// <summary>The CLI's evaluator cache goes under the test output (never the user's ~/.cache), set before any test runs.</summary>
    [ModuleInitializer]
    internal static void KeepTheEvaluatorCacheInTheTestOutput() =>
        Environment.SetEnvironmentVariable("PLEDGE_EVALUATOR_CACHE", Path.Combine(AppContext.BaseDirectory, ".artifacts", "evaluators"));

    private static string Example(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dsl.sln"))) dir = dir.Parent;
        return Path.Combine([dir!.FullName, "examples", .. parts]);
    }

    [Fact]
    public void Both_engines_write_the_same_json()
    {
        using var workspace = new TempWorkspace();
        string[] args = ["eval", Example("idc", "idc-guarantee.sla"), "--incidents", Example("idc", "october-2026.csv"), "--period", "2026-Q4",
            "--param", "monthly_fee=20000 CNY", "--format", "json"];
        var compiled = workspace.Run([.. args, "--engine", "compiled"]);
        var interpreted = workspace.Run([.. args, "--engine", "interpreted"]);
        var byDefault = workspace.Run(args);
        Assert.True(compiled.ExitCode == 0, compiled.ToString());
        Assert.Equal(interpreted.Stdout, compiled.Stdout);
        Assert.Equal(compiled.Stdout, byDefault.Stdout);
        Assert.Contains("\"contract\": \"idc_guarantee\"", compiled.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_engine_is_a_usage_error()
    {
        using var workspace = new TempWorkspace();
        var run = workspace.Run("eval", Example("idc", "idc-guarantee.sla"), "--incidents", Example("idc", "october-2026.csv"), "--period", "2026-10", "--engine", "jit");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Build_writes_the_source_and_the_assembly()
    {
        using var workspace = new TempWorkspace();
        var run = workspace.Run("build", Example("idc", "idc-guarantee.sla"), "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        var source = File.ReadAllText(Path.Combine(workspace.Root, "out", "IdcGuaranteeEvaluator.cs"));
        Assert.Contains("public sealed class IdcGuaranteeEvaluator : IContractEvaluator", source, StringComparison.Ordinal);
        var image = workspace.Read(Path.Combine("out", "Pledge.Evaluators.IdcGuaranteeEvaluator.dll"));
        Assert.Equal((byte)'M', image[0]);
        Assert.Equal((byte)'Z', image[1]);
        Assert.Contains("wrote out/Pledge.Evaluators.IdcGuaranteeEvaluator.dll", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_a_contract_with_errors()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("bad.sla", "contract bad \"坏\" / \"Bad\"\nlanguages zh-CN, en\nclause c \"c\" / \"c\" { remedy waive nothing when breached }\n");
        var run = workspace.Run("build", "bad.sla", "-o", "out");
        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "out")));
    }
}
