using System.Diagnostics;
using System.Text.RegularExpressions;
using Pledge.Compiler.Documents.Pdf;

namespace Pledge.Cli.Tests;

/// <summary>
/// A test that prints a PDF. It runs when Chromium is installed. Without Chromium it is skipped, unless
/// PLEDGE_REQUIRE_PDF=1 (CI sets it once it has installed Chromium): then it runs and fails with the message
/// that says how to get PDF, so a missing install step cannot pass as a skip.
/// </summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!ChromiumLocator.IsAvailable && Environment.GetEnvironmentVariable("PLEDGE_REQUIRE_PDF") != "1")
            Skip = $"no Chromium at {ChromiumLocator.ConfiguredPath} (set PLEDGE_REQUIRE_PDF=1 to fail instead)";
    }
}

public sealed class RenderCommandTests
{
    private const string Contract = """
        contract t "测试保证书" / "Test guarantee"
        languages zh-CN, en
        provider "<script>供应商</script>" / "{{provider}} Co."
        timezone "Asia/Shanghai"
        currency CNY
        parameter fee "月费" / "Monthly fee" : money
        clause c "网络" / "Network" {
          availability 99.9% per month
          remedy waive fee when breached
        }
        """;

    [Fact]
    public void Writes_html_with_both_languages_side_by_side()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        var run = workspace.Run("render", "t.sla", "--lang", "zh-CN,en", "-o", "out/t.html");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote out/t.html (1 articles; zh-CN, en; side-by-side)", run.Stdout);
        var html = TempWorkspace.Utf8NoBom.GetString(workspace.Read("out/t.html"));
        Assert.Contains("第一条", html);
        Assert.Contains("Article 1", html);
        Assert.Contains("&lt;script&gt;供应商&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("{{provider}} Co.", html);
    }

    [Fact]
    public void Same_contract_gives_the_same_html_bytes()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        Assert.Equal(0, workspace.Run("render", "t.sla", "-o", "a.html").ExitCode);
        Assert.Equal(0, workspace.Run("render", "t.sla", "--layout", "side-by-side", "-o", "b.html").ExitCode);
        Assert.Equal(workspace.Read("a.html"), workspace.Read("b.html"));
    }

    [Fact]
    public void Stacked_and_single_layouts()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        Assert.Equal(0, workspace.Run("render", "t.sla", "--lang", "en,zh-CN", "--layout", "stacked", "-o", "s.html").ExitCode);
        Assert.Equal(2, Regex.Matches(TempWorkspace.Utf8NoBom.GetString(workspace.Read("s.html")), "<article class=\"version\"").Count);
        Assert.Equal(0, workspace.Run("render", "t.sla", "--lang", "en", "-o", "e.html").ExitCode);
        Assert.DoesNotContain("第一条", TempWorkspace.Utf8NoBom.GetString(workspace.Read("e.html")));
    }

    [Theory]
    [InlineData("fr", "the contract is not written in `fr` (its languages: zh-CN, en)")]
    [InlineData("zh-CN,ko", "the contract is not written in `ko`")]
    [InlineData(",", "`--lang` names no language")]
    public void A_bad_lang_is_a_usage_error(string lang, string message)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        var run = workspace.Run("render", "t.sla", "--lang", lang, "-o", "t.html");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(workspace.Root, "t.html")));
    }

    [Theory]
    [InlineData(new[] { "render", "t.sla", "-o", "t.docx" }, "the output must end in .pdf or .html")]
    [InlineData(new[] { "render", "missing.sla", "-o", "t.html" }, "`missing.sla` does not exist")]
    [InlineData(new[] { "render", "t.sla", "--layout", "single", "-o", "t.html" }, "`--layout single` renders one language")]
    [InlineData(new[] { "render", "t.sla", "--template", "none.hbs", "-o", "t.html" }, "`--template none.hbs` does not exist")]
    public void Other_usage_errors_exit_2(string[] args, string message)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        var run = workspace.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_contract_with_errors_is_not_rendered()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("bad.sla", Contract.Replace("remedy waive fee", "remedy waive nothing_declared", StringComparison.Ordinal));
        var run = workspace.Run("render", "bad.sla", "-o", "bad.html");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("`pledge check bad.sla` shows them", run.Stderr);
    }

    [Fact]
    public void A_custom_template_renders_the_documented_model()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        workspace.Write("my.hbs", """
            <h1>{{#each contract.title}}{{text}}|{{/each}}</h1>
            {{#each articles}}<h2>{{articleNumber number "zh-CN"}}</h2>{{#each rows}}<i>{{kind}}:{{formatPercent item.percent.value "en"}}</i>{{/each}}{{/each}}
            """);
        var run = workspace.Run("render", "t.sla", "--template", "my.hbs", "-o", "t.html");
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = TempWorkspace.Utf8NoBom.GetString(workspace.Read("t.html"));
        Assert.Contains("<h1>测试保证书|Test guarantee|</h1>", html);
        Assert.Contains("<h2>第一条</h2>", html);
        Assert.Contains("<i>availability:99.9%</i>", html);
    }

    [Fact]
    public void Without_chromium_pdf_output_says_how_to_get_it_and_exits_2()
    {
        if (ChromiumLocator.IsAvailable && Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable) is not null) return;
        using var workspace = new TempWorkspace();
        workspace.Write("t.sla", Contract);
        // The variable is read when PDF is asked for; pointing it at nothing stands for a machine without Chromium.
        var saved = Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable);
        CliRun run;
        lock (EnvironmentLock)
        {
            Environment.SetEnvironmentVariable(ChromiumLocator.EnvironmentVariable, Path.Combine(workspace.Root, "no-chromium"));
            try
            {
                run = workspace.Run("render", "t.sla", "-o", "t.pdf");
            }
            finally
            {
                Environment.SetEnvironmentVariable(ChromiumLocator.EnvironmentVariable, saved);
            }
        }
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("apt-get install chromium fonts-noto-cjk fonts-wqy-microhei fonts-nanum", line);
        Assert.Contains("-o FILE.html", line);
    }

    /// <summary>PLEDGE_CHROMIUM is process-wide: the tests that change or read it for PDF take turns.</summary>
    internal static readonly object EnvironmentLock = new();

    [PdfFact]
    public void Prints_the_idc_guarantee_as_an_a4_pdf_with_both_languages_and_cjk_fonts()
    {
        using var workspace = new TempWorkspace();
        var example = Path.Combine(ExamplesDirectory(), "idc", "idc-guarantee.sla");
        CliRun run;
        lock (EnvironmentLock) run = workspace.Run("render", example, "--lang", "zh-CN,en", "-o", "idc.pdf");
        Assert.True(run.ExitCode == 0, run.ToString());
        var pdf = workspace.Read("idc.pdf");
        Assert.True(pdf.Length > 10_000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "not a PDF");

        if (Tool("pdftotext") is null) return;
        var text = Tool("pdftotext", "-layout", Path.Combine(workspace.Root, "idc.pdf"), "-")!;
        Assert.Contains("第一条", text);
        Assert.Contains("Article 1", text);
        Assert.Contains("99.9%", text);
        Assert.Contains("40.3", text);
        Assert.Contains("第 1 页", text);
        Assert.Contains("Page 1", text);
        var fonts = Tool("pdffonts", Path.Combine(workspace.Root, "idc.pdf"))!;
        Assert.Contains("WenQuanYiMicroHei", fonts);
        var info = Tool("pdfinfo", Path.Combine(workspace.Root, "idc.pdf"))!;
        Assert.Matches(@"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", info);
    }

    [PdfFact]
    public async Task One_browser_prints_a_batch_of_pages_in_parallel()
    {
        await using var renderer = await PdfRenderer.StartAsync(maxParallelPages: 4);
        var pdfs = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            renderer.RenderAsync($"<!DOCTYPE html><html lang=\"ko\"><meta charset=\"utf-8\"><style>@page {{ size: A4 }}</style><p>보증서 {i} 第{i}条</p></html>")));
        Assert.All(pdfs, pdf => Assert.True(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)));
    }

    private static string? Tool(string name, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string ExamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "examples");
    }
}
