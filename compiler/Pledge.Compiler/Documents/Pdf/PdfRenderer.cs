using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Pledge.Compiler.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with one Chromium for a whole batch: start it once (<see cref="StartAsync"/>), render
/// any number of documents, concurrently (at most <see cref="MaxParallelPages"/> at a time), then dispose.
/// Starting the browser costs about a second. Pages are kept and reused: each document replaces the previous one
/// in a page that is already open, because opening and closing a page per document made Chromium start and tear
/// down a renderer process each time, about 0.7 s of CPU per certificate, several times the printing itself; with
/// reuse a certificate costs about 0.12 s of CPU in all (docs/performance.md, "Certificates"). Thread-safe.
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
    // Pages not printing right now; never more than MaxParallelPages exist, since each is taken within a slot.
    private readonly ConcurrentBag<IPage> _idle = [];
    private int _pagesOpened;

    private PdfRenderer(IPlaywright playwright, IBrowser browser, int maxParallelPages)
    {
        _playwright = playwright;
        _browser = browser;
        MaxParallelPages = maxParallelPages;
        _slots = new SemaphoreSlim(maxParallelPages);
    }

    public int MaxParallelPages { get; }

    /// <summary>How many pages this browser has opened so far: at most <see cref="MaxParallelPages"/> for any batch, unless a page failed.</summary>
    public int PagesOpened => Volatile.Read(ref _pagesOpened);

    /// <summary>
    /// One page more than there are processors: a page's print is CPU work in Chromium (mostly embedding the CJK
    /// font's subset), so many more pages than cores only queue and cost memory, while the extra page keeps the
    /// processors busy during each page's round trips to Playwright. On 2 cores, 200 certificates: 1 page 7,
    /// 2 pages 10–12, 3 pages 11–13, 4 pages 8 a second (docs/performance.md, "Certificates").
    /// </summary>
    public static int DefaultParallelPages => Environment.ProcessorCount + 1;

    /// <summary>Launches Chromium (see <see cref="ChromiumLocator"/>).</summary>
    /// <param name="maxParallelPages">Pages printed at once; default <see cref="DefaultParallelPages"/>.</param>
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
            return new PdfRenderer(playwright, browser, maxParallelPages ?? DefaultParallelPages);
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
            var page = _idle.TryTake(out var idle) ? idle : await OpenPageAsync().ConfigureAwait(false);
            byte[] pdf;
            try
            {
                pdf = await PrintAsync(page, html).ConfigureAwait(false);
            }
            catch
            {
                // A page that failed may be in any state: it is closed, and the next document gets a new one.
                await CloseQuietlyAsync(page).ConfigureAwait(false);
                throw;
            }
            _idle.Add(page);
            return pdf;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Replaces the page's document with <paramref name="html"/> and prints it. None of the previous document's
    /// content or styles survive `setContent` (it writes a new document into the page; a test prints a batch and
    /// finds each PDF's own text only); Chromium's caches of fonts do, which is part of the gain. Load, not network idle: the documents are self-contained (styles inline, the QR code a
    /// data URI), so there is no network to wait for, but Load waits for those images to decode.
    /// </summary>
    private static async Task<byte[]> PrintAsync(IPage page, string html)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        // Fonts load asynchronously; printing before they are ready would lay out with fallbacks.
        await page.EvaluateAsync("document.fonts.ready.then(() => true)").ConfigureAwait(false);
        return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }).ConfigureAwait(false);
    }

    private Task<IPage> OpenPageAsync()
    {
        Interlocked.Increment(ref _pagesOpened);
        return _browser.NewPageAsync();
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page (or the browser) is already gone.
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
