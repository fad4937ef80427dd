using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pledge.Certificates.Input;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Output;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Rendering;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Compiler.Documents.Pdf;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge certify CONTRACT.sla --warranty NAME --data customers.csv|json -o DIR [--lang …] [--prefix P]
/// [--registry PATH] [--key-file F] [--issue-date DATE] [--skip-bad-rows] [--reissue] [--format html|pdf]</c>:
/// one numbered, signed certificate per customer row, recorded in the registry (docs/certificates.md). Every row
/// is checked before anything is issued: a bad row stops the batch unless <c>--skip-bad-rows</c>. Exit 0: every
/// row has its certificate (with <c>--skip-bad-rows</c>: every good row); 1: the contract or the data has errors,
/// nothing issued; 2: usage (no key, a missing file, PDF without Chromium).
/// </summary>
public static class CertifyCommand
{
    private static readonly string[] Formats = ["html", "pdf"];

    public sealed record Request(
        string Contract, string? Warranty, string Data, string Output, string? Lang, string? Prefix, string? Registry,
        string? KeyFile, string? IssueDate, bool SkipBadRows, bool Reissue, string Format);

    public static Command Create(CliContext context)
    {
        var contract = new Argument<string>("CONTRACT") { Description = "The .sla file with the warranty" };
        var warranty = new Option<string?>("--warranty", "-w") { Description = "The warranty to certify (may be left out when the contract has one)", HelpName = "NAME" };
        var data = new Option<string>("--data", "-d") { Description = "The customers: CSV with a header row, or a JSON array of objects; columns `customer` and the contract's parameters", HelpName = "customers.csv|json", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the certificates to (NUMBER.html, NUMBER.pdf)", HelpName = "DIR", Required = true };
        var lang = new Option<string?>("--lang", "-l") { Description = "The languages to print, comma-separated (default: the contract's)", HelpName = "zh-CN,en" };
        var prefix = new Option<string?>("--prefix") { Description = "The number prefix (default: the warranty's name and the issue year, e.g. PAINT-2026)", HelpName = "P" };
        var registry = new Option<string?>("--registry") { Description = "The registry database (default: certificates.db in the output folder)", HelpName = "PATH" };
        var keyFile = new Option<string?>("--key-file") { Description = "The file holding the certificate key (default: the PLEDGE_CERT_KEY environment variable)", HelpName = "F" };
        var issueDate = new Option<string?>("--issue-date") { Description = "The issue date printed on new certificates (default: today in the contract's time zone)", HelpName = "YYYY-MM-DD" };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "Issue the good rows of a file that has bad ones, and list the bad ones" };
        var reissue = new Option<bool>("--reissue") { Description = "Issue new numbers for rows that already have a certificate; the old ones are marked superseded" };
        var format = new Option<string>("--format") { Description = "html (always written) or pdf (HTML and PDF; needs Chromium)", HelpName = "html|pdf", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong(Formats);

        var command = new Command("certify", "Issue numbered, verifiable warranty certificates, one per customer")
        {
            contract, warranty, data, output, lang, prefix, registry, keyFile, issueDate, skip, reissue, format,
        };
        command.SetAction((result, _) => Run(context, new Request(
            result.GetValue(contract) ?? "", result.GetValue(warranty), result.GetValue(data) ?? "", result.GetValue(output) ?? "",
            result.GetValue(lang), result.GetValue(prefix), result.GetValue(registry), result.GetValue(keyFile), result.GetValue(issueDate),
            result.GetValue(skip), result.GetValue(reissue), result.GetValue(format) ?? "html")));
        return command;
    }

    public static async Task<int> Run(CliContext context, Request request, IClock? clock = null)
    {
        // The key first: without one nothing else is worth checking.
        var key = CertificateKeys.Load(context, request.KeyFile);
        var contractPath = ExistingFile(context, request.Contract, "the contract");
        var dataPath = ExistingFile(context, request.Data, "`--data`");
        var outputDir = Path.GetFullPath(request.Output, context.WorkingDirectory);
        var registryPath = request.Registry is null
            ? Path.Combine(outputDir, CertificateRegistry.DefaultFileName)
            : Path.GetFullPath(request.Registry, context.WorkingDirectory);
        LocalDate? issueDate = null;
        if (request.IssueDate is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(request.IssueDate);
            if (!parsed.Success) throw new CliUsageException($"`--issue-date {request.IssueDate}` is not a date: write it as 2026-03-15");
            issueDate = parsed.Value;
        }
        if (request.Format == "pdf" && !ChromiumLocator.IsAvailable)
        {
            context.Stderr.WriteLine($"pledge: error: PDF certificates need Chromium, which is not at {ChromiumLocator.ConfiguredPath}: {ChromiumLocator.InstallHint}; nothing was issued");
            return ExitCodes.Usage;
        }

        Compilation compilation;
        try
        {
            compilation = Compilation.Create([contractPath]);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }
        var errors = compilation.GetDiagnostics().Count(d => d.Diagnostic.IsError);
        if (errors > 0)
        {
            context.Stderr.WriteLine($"pledge: error: `{request.Contract}` has {errors} error{(errors == 1 ? "" : "s")}; `pledge check {request.Contract}` shows them; nothing was issued");
            return ExitCodes.Failure;
        }

        WarrantyTarget target;
        try
        {
            var warrantyName = request.Warranty ?? OnlyWarranty(compilation.GetSemanticModel(contractPath));
            target = WarrantyTarget.Load(compilation, contractPath, warrantyName);
        }
        catch (CertificateInputException e)
        {
            throw new CliUsageException($"`{request.Contract}`: {e.Message}");
        }
        var languages = Languages(request.Lang, target);
        var issuer = new CertificateIssuer(target, key, clock ?? SystemClock.Instance);
        var options = new IssueOptions(request.Prefix?.Trim().ToUpperInvariant(), issueDate, request.Reissue, request.SkipBadRows);
        if (Certificates.Numbering.CertificateNumber.CheckPrefix(issuer.PrefixFor(options)) is { } prefixProblem)
            throw new CliUsageException($"`--prefix`: {prefixProblem}");

        // Every row is read and checked before the registry is touched.
        BatchCheck check;
        try
        {
            var table = ReadTable(dataPath, PathDisplay.Show(dataPath, context.WorkingDirectory));
            check = issuer.Check(table);
        }
        catch (CustomerDataException e)
        {
            context.Stderr.WriteLine($"pledge: error: {e.Message}; nothing was issued");
            return ExitCodes.Failure;
        }
        var shownData = PathDisplay.Show(dataPath, context.WorkingDirectory);
        foreach (var error in check.Errors) context.Stderr.WriteLine($"{shownData}: {error}");
        if (check.Errors.Count > 0 && !request.SkipBadRows)
        {
            context.Stderr.WriteLine($"pledge: error: {check.BadRowCount} of {check.RowCount} row{(check.RowCount == 1 ? "" : "s")} cannot be certified; nothing was issued (fix them, or pass --skip-bad-rows to issue the others)");
            return ExitCodes.Failure;
        }
        if (check.Rows.Count == 0)
        {
            context.Stderr.WriteLine(check.RowCount == 0
                ? $"pledge: error: {shownData} has no customer rows; nothing was issued"
                : $"pledge: error: none of the {check.RowCount} rows can be certified; nothing was issued");
            return ExitCodes.Failure;
        }

        Directory.CreateDirectory(outputDir);
        var rows = check.Rows;
        var pdf = request.Format == "pdf";
        List<CertifyProgress.Phase> phases = [new("Registering", rows.Count), new("Writing HTML", rows.Count)];
        if (pdf) phases.Add(new("Printing PDF", rows.Count));

        IReadOnlyList<IssuedCertificate> issued;
        try
        {
            issued = await CertifyProgress.Run(context, phases, async advance =>
            {
                IReadOnlyList<IssuedCertificate> certificates;
                using (var registry = CertificateRegistry.Open(registryPath))
                    certificates = issuer.Issue(registry, rows, options, _ => advance(0));

                var html = CertificateFiles.WriteHtml(certificates, languages, outputDir, () => advance(1));
                if (pdf)
                {
                    await using var printer = await PdfRenderer.StartAsync();
                    await CertificateFiles.WritePdfAsync(printer, certificates, html, outputDir, () => advance(2));
                }
                return certificates;
            });
        }
        catch (RegistryException e)
        {
            throw new CliUsageException(e.Message);
        }
        catch (ChromiumNotFoundException e)
        {
            context.Stderr.WriteLine($"pledge: error: {e.Message} (the certificates are issued and their HTML is written; run again with --format pdf once Chromium works)");
            return ExitCodes.Usage;
        }

        Report(context, issued, check, outputDir, registryPath, pdf);
        return ExitCodes.Success;
    }

    private static void Report(CliContext context, IReadOnlyList<IssuedCertificate> issued, BatchCheck check, string outputDir, string registryPath, bool pdf)
    {
        foreach (var c in issued)
        {
            var state = c.IsNew ? c.Superseded is { } old ? $"reissued (supersedes {old})" : "issued" : "already issued";
            context.Stdout.WriteLine($"{c.Number}\t{c.Content.Customer}\t{state}");
            if (c.ContractChanged)
                context.Stderr.WriteLine($"pledge: warning: {c.Number} (row {c.Row.Row}) was issued under another text of the contract; pass --reissue to issue one under the current text");
        }
        var fresh = issued.Count(c => c.IsNew);
        var skipped = check.BadRowCount;
        var summary = new StringBuilder($"{issued.Count} certificate{(issued.Count == 1 ? "" : "s")} ({fresh} new, {issued.Count - fresh} already issued)");
        if (skipped > 0) summary.Append(CultureInfo.InvariantCulture, $", {skipped} bad row{(skipped == 1 ? "" : "s")} skipped");
        summary.Append(CultureInfo.InvariantCulture, $" in {PathDisplay.Show(outputDir, context.WorkingDirectory)} ({(pdf ? "HTML and PDF" : "HTML")}); registry {PathDisplay.Show(registryPath, context.WorkingDirectory)}");
        context.Stdout.WriteLine(summary.ToString());
    }

    private static CustomerTable ReadTable(string path, string shown)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read `{shown}`: {e.Message}");
        }
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvCustomerReader.Read(text, shown),
            ".json" => JsonCustomerReader.Read(text, shown),
            _ => throw new CliUsageException($"`--data {shown}`: the customers must be a .csv or a .json file"),
        };
    }

    private static string ExistingFile(CliContext context, string path, string what)
    {
        var full = Path.GetFullPath(path, context.WorkingDirectory);
        if (!File.Exists(full)) throw new CliUsageException($"{what} `{path}` does not exist");
        return full;
    }

    private static string OnlyWarranty(SemanticModel model) => model.Warranties.Length switch
    {
        1 => model.Warranties[0].Name,
        0 => throw new CertificateInputException("the contract declares no warranty"),
        _ => throw new CertificateInputException($"the contract has {model.Warranties.Length} warranties ({string.Join(", ", model.Warranties.Select(w => w.Name))}): name one with --warranty"),
    };

    private static IReadOnlyList<string> Languages(string? option, WarrantyTarget target)
    {
        if (option is null)
        {
            var printable = target.Languages.Where(HasPhrases).ToList();
            return printable.Count > 0 ? printable : throw new CliUsageException($"there is no certificate phrase file for {string.Join(", ", target.Languages)}");
        }
        var result = new List<string>();
        foreach (var tag in option.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var known = target.Languages.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUsageException($"`--lang {option}`: certificates of this contract can be printed in {string.Join(", ", target.Languages)}, not `{tag}`");
            try
            {
                CertificateTemplates.GetPhrases(known);
            }
            catch (Compiler.Documents.Locales.LocaleException e)
            {
                throw new CliUsageException($"`--lang {option}`: {e.Message}");
            }
            if (!result.Contains(known)) result.Add(known);
        }
        return result.Count > 0 ? result : throw new CliUsageException("`--lang` names no language");
    }

    private static bool HasPhrases(string tag)
    {
        try
        {
            CertificateTemplates.GetPhrases(tag);
            return true;
        }
        catch (Compiler.Documents.Locales.LocaleException)
        {
            return false;
        }
    }
}
