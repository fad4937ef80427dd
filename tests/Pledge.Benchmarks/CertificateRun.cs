using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using Pledge.Certificates.Input;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Output;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Signing;
using Pledge.Compiler;
using Pledge.Compiler.Documents.Pdf;

namespace Pledge.Benchmarks;

/// <summary>
/// `--certificates [--count N] [--pdf-count N] [--pages N]`: issue #5's certificate benchmark. The paint warranty of
/// examples/paint for N generated customers (1,000 by default), through the code `pledge certify` runs: check the
/// rows, number and sign them in a new registry, write the HTML, start Chromium, print the PDFs (with `--pages`
/// pages at once instead of the default). One cold run, as a user's batch is (JIT, SQLite and the browser's first
/// page included); each stage is timed in wall time and in CPU time of this process and everything under it
/// (Chromium), because wall time on a shared machine depends on the other processes and CPU time does not. Exit 1
/// when a file is missing; without Chromium the PDF stages are skipped with a note.
/// </summary>
public static class CertificateRun
{
    private const string ContractFile = "examples/paint/paint-warranty.sla";

    public static async Task<int> Run(TextWriter output, IReadOnlyList<string> args)
    {
        var count = Option(args, "--count") ?? 1000;
        var pdfCount = Math.Min(count, Option(args, "--pdf-count") ?? count);
        var directory = Path.Combine(Path.GetTempPath(), $"pledge-certificate-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            return await Run(output, count, pdfCount, Option(args, "--pages"), directory).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record Stage(string Name, int Count, TimeSpan Wall, TimeSpan? Cpu);

    private static async Task<int> Run(TextWriter output, int count, int pdfCount, int? pages, string directory)
    {
        var stages = new List<Stage>();
        var loadBefore = LoadAverage();
        async Task<T> Time<T>(string name, int n, Func<Task<T>> operation)
        {
            var cpu = ProcessTreeCpu.Now();
            var wall = Stopwatch.StartNew();
            var result = await operation().ConfigureAwait(false);
            stages.Add(new Stage(name, n, wall.Elapsed, ProcessTreeCpu.Now() - cpu));
            return result;
        }
        Task<T> TimeSync<T>(string name, int n, Func<T> operation) => Time(name, n, () => Task.FromResult(operation()));

        var contractPath = Path.Combine(RepositoryRoot(), ContractFile);
        var target = await TimeSync("load and check the contract", 1, () => WarrantyTarget.Load(Compilation.Create([contractPath]), contractPath, "paint")).ConfigureAwait(false);
        var key = CertificateKey.FromText("benchmark-key-not-for-real-certificates", "benchmark");
        var issuer = new CertificateIssuer(target, key, SystemClock.Instance);
        var options = new IssueOptions(IssueDate: new LocalDate(2026, 4, 1));
        var check = await TimeSync("read and check the rows", count, () => issuer.Check(CsvCustomerReader.Read(Customers(count), "customers.csv"))).ConfigureAwait(false);
        if (check.Errors.Count > 0) throw new InvalidOperationException($"generated rows are bad: {check.Errors[0]}");

        var issued = await TimeSync("registry: number, sign, record", count, () =>
        {
            using var registry = CertificateRegistry.Open(Path.Combine(directory, CertificateRegistry.DefaultFileName));
            return issuer.Issue(registry, check.Rows, options);
        }).ConfigureAwait(false);
        var languages = target.Languages.ToList();
        var html = await TimeSync("HTML: render and write", count, () => CertificateFiles.WriteHtml(issued, languages, directory)).ConfigureAwait(false);
        var htmlStages = stages.Skip(1).ToList(); // from the rows to the files: what a batch costs beyond the contract

        List<Stage> pdfStages = [];
        if (ChromiumLocator.IsAvailable)
        {
            var printer = await Time("Chromium start", 1, () => PdfRenderer.StartAsync(pages)).ConfigureAwait(false);
            await using (printer.ConfigureAwait(false))
            {
                var batch = issued.Take(pdfCount).ToList();
                await Time($"PDF: print and write, {printer.MaxParallelPages} pages at once", pdfCount,
                    async () => { await CertificateFiles.WritePdfAsync(printer, batch, html, directory).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
            }
            pdfStages = stages.TakeLast(2).ToList();
        }
        else
        {
            output.WriteLine($"no Chromium at {ChromiumLocator.ConfiguredPath}: PDF not measured");
        }

        var missing = issued.Count(c => !File.Exists(CertificateFiles.HtmlPath(directory, c)))
                      + (pdfStages.Count == 0 ? 0 : issued.Take(pdfCount).Count(c => !File.Exists(CertificateFiles.PdfPath(directory, c))));

        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"{count:N0} certificates of {ContractFile} ({string.Join(", ", languages)}), {Environment.ProcessorCount} cores, load average {loadBefore} before and {LoadAverage()} after"));
        output.WriteLine();
        output.WriteLine("| stage | certificates | wall time | per second | CPU time | CPU per certificate |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in stages)
        {
            var rate = s.Count > 1 ? (s.Count / s.Wall.TotalSeconds).ToString("N0", invariant) : "";
            var perCertificate = s.Count > 1 && s.Cpu is { } c ? (c.TotalMilliseconds / s.Count).ToString("F1", invariant) + " ms" : "";
            output.WriteLine(string.Create(invariant, $"| {s.Name} | {s.Count:N0} | {s.Wall.TotalSeconds:F3} s | {rate} | {Seconds(s.Cpu)} | {perCertificate} |"));
        }
        output.WriteLine();
        output.WriteLine(string.Create(invariant, $"HTML (rows, registry, render, write): {Rate(count, htmlStages)} certificates/s (goal 500)"));
        if (pdfStages.Count == 2)
            output.WriteLine(string.Create(invariant, $"PDF (print, write): {Rate(pdfCount, pdfStages.Skip(1))} certificates/s; with Chromium's start: {Rate(pdfCount, pdfStages)}/s (goal 8)"));
        if (missing > 0) output.WriteLine($"FAILED: {missing} file(s) missing");
        return missing == 0 ? 0 : 1;
    }

    /// <summary>N customers: Chinese and English names in turn (one with quotes in it), amounts and dates that vary; seeded.</summary>
    internal static string Customers(int count)
    {
        string[] names = ["张伟", "李娜", "王芳", "刘洋", "陈杰", "Li Na", "Wang Fang", "Chen Jie \"\"CJ\"\" Studio", "赵敏", "孙丽"];
        var random = new Random(20261122);
        var csv = new StringBuilder("customer,contract_value,completion\n");
        for (var i = 0; i < count; i++)
        {
            var name = $"\"{names[i % names.Length]} {i + 1:D4}\"";
            csv.Append(CultureInfo.InvariantCulture, $"{name},{random.Next(5_000, 90_000)}.{random.Next(0, 100):D2} CNY,2026-{i % 12 + 1:D2}-{i % 28 + 1:D2}\n");
        }
        return csv.ToString();
    }

    private static string Rate(int count, IEnumerable<Stage> stages)
    {
        var rate = count / stages.Sum(s => s.Wall.TotalSeconds);
        return rate.ToString(rate >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s" : "n/a";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int? Option(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, ContractFile))) return dir.FullName;
        throw new InvalidOperationException($"{ContractFile} not found above {AppContext.BaseDirectory}");
    }
}
