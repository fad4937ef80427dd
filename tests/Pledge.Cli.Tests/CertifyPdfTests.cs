using System.Diagnostics;
using System.Text.RegularExpressions;
using Pledge.Compiler.Documents.Pdf;

namespace Pledge.Cli.Tests;

/// <summary>
/// `pledge certify --format pdf`: a batch larger than the printer's pages, so every page prints several
/// certificates in turn (PdfRenderer reuses its pages). Each PDF must be its own certificate — its number and its
/// customer, nobody else's — on one A4 sheet, with the Chinese font embedded and no Type 3 fonts (Chromium's
/// synthesised bold of a CJK face without a bold; certificate.css keeps Chinese text at normal weight).
/// </summary>
public sealed class CertifyPdfTests : IDisposable
{
    private static readonly string[] Customers = ["张伟", "李娜", "Li Na Apt 1203", "王芳", "Wang Fang", "陈杰", "赵敏"];

    private readonly TempWorkspace _ws = new();

    public CertifyPdfTests()
    {
        _ws.Write("paint.sla", CertifyCommandTests.Contract);
        _ws.Write("customers.csv", "customer,contract_value,completion\n" + string.Concat(Customers.Select((c, i) => $"{c},{10000 + i} CNY,2026-03-{i + 10}\n")));
        _ws.Write("cert.key", "k3y-for-tests-0123456789abcdefghij\n");
    }

    public void Dispose() => _ws.Dispose();

    [PdfFact]
    public void Each_pdf_of_a_batch_is_its_own_customers_certificate_with_the_cjk_font_embedded_and_no_type3_fonts()
    {
        CliRun run;
        lock (RenderCommandTests.EnvironmentLock)
            run = _ws.Run("certify", "paint.sla", "--data", "customers.csv", "-o", "out", "--key-file", "cert.key", "--issue-date", "2026-04-01", "--format", "pdf");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(Customers.Length > PdfRenderer.DefaultParallelPages, "the batch must be larger than the pages printing it");

        for (var i = 0; i < Customers.Length; i++)
        {
            var number = $"PAINT-2026-{i + 1:D6}";
            var path = Path.Combine(_ws.Root, "out", number + ".pdf");
            Assert.True(File.Exists(path), $"{number}.pdf is missing");
            // Whitespace varies with line breaks (and between CJK characters): compare without it.
            var text = Regex.Replace(Tool("pdftotext", "-enc", "UTF-8", path, "-"), @"\s+", "");
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains(Regex.Replace(Customers[i], @"\s+", ""), text, StringComparison.Ordinal);
            foreach (var other in Customers.Where((_, j) => j != i))
                Assert.DoesNotContain(Regex.Replace(other, @"\s+", ""), text, StringComparison.Ordinal);
            Assert.Contains("乳胶漆保修", text, StringComparison.Ordinal);
            Assert.Contains("Latexpaintwarranty", text, StringComparison.Ordinal);

            Assert.Matches(@"Pages:\s+1\s", Tool("pdfinfo", path));
            var fonts = Tool("pdffonts", path).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.Contains(fonts, l => l.Contains("WenQuanYiMicroHei", StringComparison.Ordinal) && Regex.IsMatch(l, @"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$"));
            Assert.DoesNotContain(fonts, l => l.Contains("Type 3", StringComparison.Ordinal));
        }
    }

    [PdfFact]
    public async Task A_batch_reuses_the_printers_pages_and_each_document_prints_its_own_text()
    {
        await using var renderer = await PdfRenderer.StartAsync(maxParallelPages: 2);
        var pdfs = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            renderer.RenderAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><style>@page {{ size: A4 }}</style><p>保修证书 No. {i:D3}</p></html>")));
        Assert.InRange(renderer.PagesOpened, 1, 2);

        for (var i = 0; i < pdfs.Length; i++)
        {
            var path = Path.Combine(_ws.Root, $"doc{i + 1}.pdf");
            await File.WriteAllBytesAsync(path, pdfs[i]);
            var text = Tool("pdftotext", "-enc", "UTF-8", path, "-");
            Assert.Contains($"No. {i + 1:D3}", text, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(text, @"No\. \d{3}"));
        }
    }

    private static string Tool(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
