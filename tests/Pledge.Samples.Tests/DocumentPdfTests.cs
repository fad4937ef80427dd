using System.Diagnostics;
using System.Text.RegularExpressions;
using Pledge.Compiler.Documents.Pdf;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// A test that prints a PDF, as in the CLI tests (tests/Pledge.Cli.Tests/RenderCommandTests.cs): it runs when Chromium
/// is installed; without Chromium it is skipped, unless PLEDGE_REQUIRE_PDF=1, and then it fails with the message that
/// says how to get PDF, so a missing install step cannot pass as a skip.
/// </summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!ChromiumLocator.IsAvailable && Environment.GetEnvironmentVariable("PLEDGE_REQUIRE_PDF") != "1")
            Skip = $"no Chromium at {ChromiumLocator.ConfiguredPath} (set PLEDGE_REQUIRE_PDF=1 to fail instead)";
    }
}

/// <summary>
/// The IDC guarantee printed side by side: what the reader sees (pdftotext: both languages, the numbers the
/// document states, the articles numbered) and the CJK font embedded (pdffonts). The page images in docs/images
/// come from scripts/render-doc-images.sh, not from this test.
/// </summary>
public class DocumentPdfTests
{
    [PdfFact]
    public async Task Idc_guarantee_side_by_side_prints_both_languages_with_the_numbers_and_a_cjk_font()
    {
        var html = DocumentBaselineTests.Render("idc", "side-by-side", "zh-CN,en");
        byte[] pdf;
        await using (var renderer = await PdfRenderer.StartAsync(maxParallelPages: 1))
            pdf = await renderer.RenderAsync(html);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));

        var directory = Path.Combine(AppContext.BaseDirectory, ".artifacts", "pdf");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"idc.side-by-side.{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            // Whitespace varies with the line breaks, and side by side the two columns' lines interleave: the checks
            // are on what stays within one line.
            var text = Regex.Replace(Run("pdftotext", "-enc", "UTF-8", path, "-"), @"\s+", "");
            Assert.Contains("服务品质保证书", text);
            Assert.Contains("ServiceQualityGuarantee", text);
            Assert.Contains("第一条", text);
            Assert.Contains("第二条", text);
            Assert.Contains("Article1", text);
            Assert.Contains("Article2", text);
            // 99.9% a month: less than 40.3 min in a 28-day month, 44.6 min in a 31-day month, once in each language.
            Assert.Contains("可用性达到99.9%", text);
            Assert.Contains("anavailabilityof99.9%", text);
            Assert.Contains("40.3分钟", text);
            Assert.Contains("lessthan40.3minutes", text);
            Assert.Equal(2, Regex.Count(text, @"44\.6"));
            Assert.Contains("99.99%", text);

            // pdffonts: name type encoding emb sub uni object ID; a CJK face must be embedded (emb = yes).
            var fonts = Run("pdffonts", path).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.Contains(fonts, l => Regex.IsMatch(l, "CJK|WenQuanYi|Droid|Hei|Song|Ming|Nanum", RegexOptions.IgnoreCase)
                                        && Regex.IsMatch(l, @"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"));
            Assert.All(fonts, l => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", l));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
