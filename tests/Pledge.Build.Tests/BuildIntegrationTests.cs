namespace Pledge.Build.Tests;

/// <summary>
/// `dotnet build` of a project holding `.sla` files: errors fail it with canonical `file(line,col): error CODE`
/// lines, a fixed contract builds, and an unchanged one is not checked again.
/// </summary>
[Collection(TaskBuildCollection.Name)]
public sealed class BuildIntegrationTests(TaskBuild task)
{
    private const string BrokenContract = """
        contract idc "服务品质保证书" / "Service Quality Guarantee"

        languages zh-CN, en
        provider "xxxx公司" / "xxxx Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY

        clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
          availability 99.9% per month
          max downtime 40 min per month
          downtime from reported to restored
          exclude causes undefined_cause
        }

        """;

    // `undefined_cause` on line 12, column 18 (1-based), as MSBuild prints them.
    private const int ErrorLine = 12;
    private const int ErrorColumn = 18;

    [Fact]
    public void Errors_fail_the_build_a_fix_passes_and_an_unchanged_build_skips_the_check()
    {
        using var consumer = new Consumer(task);
        var contract = consumer.Write("contracts/main.sla", BrokenContract);
        Assert.Equal(ErrorColumn - 1, BrokenContract.ReplaceLineEndings("\n").Split('\n')[ErrorLine - 1].IndexOf("undefined_cause", StringComparison.Ordinal));

        var broken = consumer.Build(restore: true);
        Assert.True(broken.ExitCode != 0, $"a contract with an error must fail the build: {broken}");
        Assert.Contains($"main.sla({ErrorLine},{ErrorColumn},", broken.Output);
        Assert.Contains("error PLG2001: there is no cause called `undefined_cause`", broken.Output);
        Assert.DoesNotContain("MSB4018", broken.Output); // the task did not crash
        Assert.False(File.Exists(consumer.StampFile), "no stamp after a failed check");

        File.WriteAllText(contract, BrokenContract.Replace("  exclude causes undefined_cause\n", ""));
        var fixedRun = consumer.Build(restore: false);
        Assert.True(fixedRun.ExitCode == 0, $"the fixed contract must build: {fixedRun}");
        Assert.DoesNotContain("PLG", fixedRun.Output);
        Assert.True(File.Exists(consumer.StampFile), "a stamp after a successful check");
        var stampTime = File.GetLastWriteTimeUtc(consumer.StampFile);

        var unchanged = consumer.Build(restore: false, verbosity: "d");
        Assert.True(unchanged.ExitCode == 0, $"an unchanged build must pass: {unchanged}");
        Assert.Contains("Skipping target \"PledgeCheck\" because all output files are up-to-date", unchanged.Output);
        Assert.Equal(stampTime, File.GetLastWriteTimeUtc(consumer.StampFile));
    }

    [Fact]
    public void An_unreadable_contract_is_one_error_not_a_crash()
    {
        using var consumer = new Consumer(task, """
            <PropertyGroup>
              <EnableDefaultPledgeContractItems>false</EnableDefaultPledgeContractItems>
            </PropertyGroup>
            <ItemGroup>
              <PledgeContract Include="missing.sla" />
            </ItemGroup>
            """);

        var run = consumer.Build(restore: true);
        Assert.True(run.ExitCode != 0, $"a missing contract must fail the build: {run}");
        Assert.Contains("error : cannot read `", run.Output);
        Assert.Contains("missing.sla", run.Output);
        Assert.DoesNotContain("MSB4018", run.Output);
        Assert.DoesNotContain("Unhandled", run.Output);
    }

    [Fact]
    public void Warnings_pass_unless_they_are_errors_and_changing_that_checks_again()
    {
        using var consumer = new Consumer(task);
        consumer.Write("main.sla", """
            contract idc "服务品质保证书" / "Service Quality Guarantee"

            languages zh-CN, en
            provider "xxxx公司" / "xxxx Co., Ltd."
            timezone "Asia/Shanghai"
            currency CNY

            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              // pledge-ignore PLG3001 agreed with the customer
              availability 99.9% per month
              max downtime 40 min per month
            }

            """);

        var warned = consumer.Build(restore: true);
        Assert.True(warned.ExitCode == 0, $"a warning must not fail the build: {warned}");
        Assert.Contains("main.sla(9,3,9,52): warning PLG9005:", warned.Output);

        // Only a property changes, on the command line: the settings file makes the check run again.
        var strict = DotnetRun.Start(consumer.Root, Consumer.Timeout,
            "build", "Consumer.csproj", "--no-restore", "-nologo", "-v:m", "-p:PledgeTreatWarningsAsErrors=true");
        Assert.True(strict.ExitCode != 0, $"with PledgeTreatWarningsAsErrors a warning fails the build: {strict}");
        Assert.Contains("main.sla(9,3,9,52): error PLG9005:", strict.Output);
    }
}
