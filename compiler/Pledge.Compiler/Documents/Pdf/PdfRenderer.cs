using Microsoft.Playwright;

namespace Pledge.Compiler.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with one Chromium for a whole batch: start it once (<see cref="StartAsync"/>), render
/// any number of documents, concurrently, each in its own page (at most <see cref="MaxParallelPages"/> at
/// a time), then dispose. Starting the browser costs about a second; a page costs a fraction of that, so
/// certificates in the thousands are printed with one instance. Thread-safe.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    // From the recipe that works on this kind of machine: no sandbox (root in a container), no GPU, and
    // nothing that reaches the network on its own.
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly SemaphoreSlim _slots;

    private PdfRenderer(IPlaywright playwright, IBrowser browser, int maxParallelPages)
    {
        _playwright = playwright;
        _browser = browser;
        MaxParallelPages = maxParallelPages;
        _slots = new SemaphoreSlim(maxParallelPages);
    }

    public int MaxParallelPages { get; }

    /// <summary>Launches Chromium (see <see cref="ChromiumLocator"/>).</summary>
    /// <param name="maxParallelPages">Pages printed at once; default: twice the processor count (pages wait on Chromium, not on us).</param>
    /// <exception cref="ChromiumNotFoundException">there is no Chromium.</exception>
    public static async Task<PdfRenderer> StartAsync(int? maxParallelPages = null)
    {
        var executable = ChromiumLocator.Find();
        // Playwright must not look for, or fetch, a browser build of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = LaunchArguments,
            }).ConfigureAwait(false);
            return new PdfRenderer(playwright, browser, maxParallelPages ?? Math.Max(2, 2 * Environment.ProcessorCount));
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new ChromiumNotFoundException($"Chromium at {executable} did not start ({FirstLine(e.Message)}): {ChromiumLocator.InstallHint}");
        }
    }

    /// <summary>One HTML document (with its styles inline) printed as a PDF, page size from its CSS (A4).</summary>
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await _browser.NewPageAsync().ConfigureAwait(false);
            try
            {
                await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                // Fonts load asynchronously; printing before they are ready would lay out with fallbacks.
                await page.EvaluateAsync("document.fonts.ready.then(() => true)").ConfigureAwait(false);
                return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }).ConfigureAwait(false);
            }
            finally
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Prints every document to its file, in parallel; reports each finished file.</summary>
    public Task RenderManyAsync(IEnumerable<(string Html, string OutputPath)> documents, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Task.WhenAll(documents.Select(async d =>
        {
            var pdf = await RenderAsync(d.Html, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(d.OutputPath, pdf, cancellationToken).ConfigureAwait(false);
            progress?.Report(d.OutputPath);
        }));

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
        _slots.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
