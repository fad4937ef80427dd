using System.Text.Json;

namespace Pledge.Cli.Tests;

/// <summary>
/// `pledge eval --paid-to-date`: what has already been paid under a cap `in total` (LANGUAGE.md §5). The email
/// example has one such clause (restoration: 5% of 500000 = 25000 in total; October owes 7500 before the cap);
/// <see cref="EvalContracts.TwoCapsInTotal"/> has two.
/// </summary>
public class EvalPaidToDateTests
{
    private static string Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples", "idc"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "examples");
    }

    private static CliRun Example(string contract, string log, string parameter, params string[] options)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string[] args = ["eval", contract, "--incidents", log, "--period", "2026-10", "--param", parameter, "--format", "json", .. options];
        var exit = Program.Run(args, new CliContext(stdout, stderr, Examples(), ColorSupported: false));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static CliRun Email(params string[] options) =>
        Example("email/email-system.sla", "email/incidents-2026-10.jsonl", "contract_value=500000 CNY", options);

    private static string Total(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        return report.RootElement.GetProperty("total").GetProperty("amount").GetString()!;
    }

    private static Dictionary<string, string> ClauseTotals(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        return report.RootElement.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("total").GetProperty("amount").GetString()!);
    }

    /// <summary>A usage error: exit 2, nothing on stdout, exactly one error line on stderr holding <paramref name="message"/> (the IDC example adds a note about its findings).</summary>
    private static void OneLineError(CliRun run, string message)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith("pledge: note:", StringComparison.Ordinal));
        Assert.StartsWith("pledge: error: --paid-to-date", line);
        Assert.Contains(message, line);
    }

    [Theory]
    [InlineData("20000")]
    [InlineData("20000 CNY")]
    [InlineData("20000.00")]
    [InlineData("restoration=20000")]
    [InlineData("restoration=20000 CNY")]
    public void An_amount_paid_to_date_leaves_only_the_rest_of_the_cap(string paid)
    {
        // 25000 in total − 20000 paid = 5000 left, below the 7500 October would owe.
        Assert.Equal("7500.00", Total(Email()));
        var run = Email("--paid-to-date", paid);
        Assert.Equal("5000.00", Total(run));
        Assert.Contains("20000 already paid, 5000 left", run.Stdout);
    }

    [Fact]
    public void The_old_spelling_already_paid_still_works_and_is_not_in_the_help()
    {
        Assert.Equal("5000.00", Total(Email("--already-paid", "restoration=20000")));
        var help = new StringWriter { NewLine = "\n" };
        Program.Run(["eval", "--help"], new CliContext(help, new StringWriter(), Examples(), ColorSupported: false));
        Assert.Contains("--paid-to-date", help.ToString());
        Assert.DoesNotContain("--already-paid", help.ToString());
    }

    [Fact]
    public void With_several_clauses_capped_in_total_the_bare_amount_names_them_and_asks_for_the_clause()
    {
        using var workspace = new TempWorkspace();
        OneLineError(EvalContracts.Eval(workspace, "--paid-to-date", "100"),
            "2 clauses with a cap `in total` (`restoration`, `repair`): write --paid-to-date CLAUSE=AMOUNT for each");

        // Per clause, repeatable: restoration has 5000 − 4000 = 1000 left of its 2000; repair 10000 − 9500 = 500 of its 1000.
        var totals = ClauseTotals(EvalContracts.Eval(workspace, "--paid-to-date", "restoration=4000", "--paid-to-date", "repair=9500 CNY", "--format", "json"));
        Assert.Equal(("1000.00", "500.00", "0.00"), (totals["restoration"], totals["repair"], totals["response"]));
    }

    [Fact]
    public void A_contract_without_a_cap_in_total_refuses_an_amount_paid_to_date()
    {
        // IDC's remedies are waivers: nothing would read the amount, and a silent no-op would look like it counted.
        OneLineError(Example("idc/idc-guarantee.sla", "idc/october-2026.csv", "monthly_fee=20000 CNY", "--paid-to-date", "500"),
            "the contract has no clause with a cap `in total`, so an amount paid to date would change nothing");
    }

    [Theory]
    [InlineData("response=100", "clause `response` has no cap `in total`, so an amount paid to date would change nothing (clauses with one: `restoration`, `repair`)")]
    [InlineData("nowhere=100", "the contract has no clause `nowhere`")]
    [InlineData("repair=-1", "`-1` is negative")]
    [InlineData("repair=-1 CNY", "`-1 CNY` is negative")]
    [InlineData("repair=abc", "`abc` is not an amount (e.g. 2500 or \"2500 CNY\")")]
    [InlineData("repair=1,000", "`1,000` is not an amount")]
    [InlineData("repair=", "`` is not an amount")]
    [InlineData("repair=100 USD", "`100 USD` is not in the contract's currency CNY")]
    [InlineData("=100", "write AMOUNT or CLAUSE=AMOUNT")]
    public void Bad_amounts_and_clauses_are_one_line_usage_errors(string paid, string message)
    {
        using var workspace = new TempWorkspace();
        OneLineError(EvalContracts.Eval(workspace, "--paid-to-date", paid), message);
    }

    [Theory]
    [InlineData("-5", "`-5` is negative")]
    [InlineData("5 USD", "`5 USD` is not in the contract's currency CNY")]
    [InlineData("five", "`five` is not an amount")]
    public void The_bare_form_checks_the_amount_too(string paid, string message) =>
        OneLineError(Email("--paid-to-date", paid), message);

    [Fact]
    public void A_clause_given_twice_is_refused()
    {
        OneLineError(Email("--paid-to-date", "100", "--paid-to-date", "restoration=200"), "clause `restoration` is given more than once");
    }
}
