namespace Pledge.Cli.Tests;

/// <summary>
/// `pledge eval --format html`: one self-contained page with every part of the report, every text from the .sla
/// file and the incident log escaped, and the same bytes for the same input. (The email example's whole page is a
/// baseline in tests/Samples/reports, checked by the Samples tests.)
/// </summary>
public class EvalHtmlReportTests
{
    [Fact]
    public void Markup_and_braces_in_a_clause_title_and_an_incident_id_are_text()
    {
        using var workspace = new TempWorkspace();
        var run = EvalContracts.Eval(workspace, "--format", "html");
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = run.Stdout;

        // The only <script> would be the contract's or the log's: there must be none, and no markup from them.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{title}}", html);
        // Braces in the data are printed as they are: Handlebars never reads data as a template.
        Assert.Contains("<code>&lt;script&gt;{{id}}</code>", html);
        Assert.Contains("<title>Two caps — 2026-10</title>", html);
    }

    [Fact]
    public void The_page_holds_verdicts_deadlines_lateness_arithmetic_and_totals()
    {
        using var workspace = new TempWorkspace();
        var html = EvalContracts.Eval(workspace, "--format", "html", "--paid-to-date", "restoration=4000").Stdout;
        Assert.StartsWith("<!DOCTYPE html>\n", html);
        Assert.EndsWith("</html>\n", html);
        // restoration: due 3 Oct 12:00, restored 5 Oct 10:00: missed by 1 day 22 h = 2760 min.
        Assert.Contains("<td>2026-10-03 12:00</td><td class=\"status\">missed</td><td>2026-10-05 10:00</td><td class=\"num\">1 day 22 h (2760 min)</td>", html);
        Assert.Contains("<li>&lt;script&gt;{{id}}: restore missed, late 1 day 22 h</li>", html);
        // 2 started days × 1% of 100000 = 2000, capped at 5000 − 4000 paid = 1000.
        Assert.Contains("cap 5% of contract_value &#x3D; 5000 in total, 4000 already paid, 1000 left: 1000", html);
        Assert.Contains("<span class=\"amount\">= 1000.00 CNY</span>", html);
        Assert.Contains("<td class=\"status\">met</td>", html);
        Assert.Contains("Total owed for 2026-10: <strong>2000.00 CNY</strong>", html);
    }

    [Fact]
    public void The_page_is_self_contained_and_printable()
    {
        using var workspace = new TempWorkspace();
        var html = EvalContracts.Eval(workspace, "--format", "html").Stdout;
        Assert.Contains("<style>", html);
        Assert.Contains("@page { size: A4;", html);
        foreach (var fetch in new[] { "src=", "href=", "@import", "url(" })
            Assert.DoesNotContain(fetch, html);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_and_o_writes_the_file()
    {
        using var workspace = new TempWorkspace();
        var first = EvalContracts.Eval(workspace, "--format", "html").Stdout;
        Assert.Equal(first, EvalContracts.Eval(workspace, "--format", "html").Stdout);
        var written = EvalContracts.Eval(workspace, "--format", "html", "-o", "report.html");
        Assert.Equal((0, ""), (written.ExitCode, written.Stdout));
        Assert.Equal(first, System.Text.Encoding.UTF8.GetString(workspace.Read("report.html")));
    }
}
