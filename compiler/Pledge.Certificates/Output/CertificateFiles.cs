using System.Text;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Rendering;
using Pledge.Compiler.Documents.Pdf;

namespace Pledge.Certificates.Output;

/// <summary>
/// Writes a batch's files: `NUMBER.html` for every certificate, and `NUMBER.pdf` printed from that same HTML. What
/// `pledge certify` does after the registry has numbered the batch, and what the certificate benchmark times
/// (tests/Pledge.Benchmarks, `--certificates`), so the benchmark measures the command's own code.
/// </summary>
public static class CertificateFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders and writes every certificate's HTML, on all cores; returns the HTML in batch order.</summary>
    /// <param name="written">Called once per file written, from any thread.</param>
    public static string[] WriteHtml(IReadOnlyList<IssuedCertificate> certificates, IReadOnlyList<string> languages, string directory, Action? written = null)
    {
        var renderer = new CertificateHtmlRenderer();
        var html = new string[certificates.Count];
        Parallel.For(0, certificates.Count, i =>
        {
            var c = certificates[i];
            html[i] = renderer.Render(c.Content, c.Code, languages);
            File.WriteAllBytes(HtmlPath(directory, c), Utf8NoBom.GetBytes(html[i]));
            written?.Invoke();
        });
        return html;
    }

    /// <summary>Prints each certificate's HTML (<paramref name="html"/>, in batch order) to its PDF with one browser.</summary>
    /// <param name="printed">Called once per file written, on the calling thread's context.</param>
    public static Task WritePdfAsync(PdfRenderer printer, IReadOnlyList<IssuedCertificate> certificates, IReadOnlyList<string> html, string directory, Action? printed = null) =>
        printer.RenderManyAsync(certificates.Select((c, i) => (html[i], PdfPath(directory, c))), printed is null ? null : new SyncProgress(printed));

    public static string HtmlPath(string directory, IssuedCertificate certificate) => Path.Combine(directory, certificate.Number + ".html");

    public static string PdfPath(string directory, IssuedCertificate certificate) => Path.Combine(directory, certificate.Number + ".pdf");

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to a thread pool without a context, out of order).</summary>
    private sealed class SyncProgress(Action report) : IProgress<string>
    {
        public void Report(string value) => report();
    }
}
