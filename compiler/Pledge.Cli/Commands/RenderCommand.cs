using System.CommandLine;
using System.Text;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Pdf;
using Pledge.Compiler.Documents.Templating;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge render CONTRACT.sla [--lang zh-CN,en] [--layout side-by-side|stacked|single] [--template FILE] -o OUT.pdf|OUT.html</c>:
/// the signed document of a contract, its articles numbered and its clauses written out as prose in each
/// language. HTML needs nothing else; PDF needs Chromium, and without it the command says how to get it and
/// exits 2. A contract with syntax or naming errors is not rendered (the document would say what the file
/// does not mean); consistency findings do not stop it, `pledge check` reports them.
/// </summary>
public static class RenderCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] Layouts = ["side-by-side", "stacked", "single"];

    public static Command Create(CliContext context)
    {
        var contract = new Argument<string>("CONTRACT") { Description = "The .sla file with the contract to render" };
        var lang = new Option<string?>("--lang", "-l")
        {
            Description = "The languages to render, comma-separated, in column order (default: the contract's `languages`)",
            HelpName = "zh-CN,en",
        };
        var layout = new Option<string?>("--layout")
        {
            Description = "side-by-side (one column per language; the default for two or more), stacked (one language after the other) or single (one language)",
            HelpName = string.Join('|', Layouts),
        };
        layout.AcceptOnlyFromAmong(Layouts);
        var template = new Option<string?>("--template") { Description = "A Handlebars template to use instead of the bundled one (see docs/templates.md)", HelpName = "FILE" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write: .pdf or .html", HelpName = "OUT.pdf|OUT.html", Required = true };

        var command = new Command("render", "Render a contract as its bilingual document (HTML or PDF)") { contract, lang, layout, template, output };
        command.SetAction(result => Run(
            context,
            result.GetValue(contract) ?? "",
            result.GetValue(lang),
            result.GetValue(layout),
            result.GetValue(template),
            result.GetValue(output) ?? ""));
        return command;
    }

    public static int Run(CliContext context, string contractPath, string? lang, string? layoutName, string? templatePath, string outputPath)
    {
        var full = Path.GetFullPath(contractPath, context.WorkingDirectory);
        if (!File.Exists(full)) throw new CliUsageException($"`{contractPath}` does not exist");
        var outputFull = Path.GetFullPath(outputPath, context.WorkingDirectory);
        var extension = Path.GetExtension(outputFull).ToLowerInvariant();
        if (extension is not (".pdf" or ".html" or ".htm"))
            throw new CliUsageException($"`-o {outputPath}`: the output must end in .pdf or .html");

        Compilation compilation;
        try
        {
            compilation = Compilation.Create([full]);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }
        var errors = compilation.GetDiagnostics().Count(d => d.Diagnostic.IsError);
        if (errors > 0)
        {
            context.Stderr.WriteLine($"pledge: error: `{contractPath}` has {errors} error{(errors == 1 ? "" : "s")}; `pledge check {contractPath}` shows them");
            return ExitCodes.Failure;
        }
        var model = compilation.GetSemanticModel(full);
        if (model.Contract is null)
            throw new CliUsageException($"`{contractPath}` has no `contract` header: it is a library, not a document");

        var languages = Languages(lang, model.Contract.Languages);
        var layout = layoutName is null
            ? languages.Count > 1 ? DocumentLayout.SideBySide : DocumentLayout.Single
            : DocumentLayouts.Parse(layoutName)!.Value;
        if (layout == DocumentLayout.Single && languages.Count > 1)
            throw new CliUsageException($"`--layout single` renders one language; `--lang {string.Join(',', languages)}` names {languages.Count}");

        HtmlRenderer renderer;
        if (templatePath is null) renderer = new HtmlRenderer();
        else
        {
            var templateFull = Path.GetFullPath(templatePath, context.WorkingDirectory);
            if (!File.Exists(templateFull)) throw new CliUsageException($"`--template {templatePath}` does not exist");
            try
            {
                renderer = HtmlRenderer.FromFile(templateFull);
            }
            catch (HandlebarsDotNet.HandlebarsException e)
            {
                throw new CliUsageException($"`--template {templatePath}` is not a valid Handlebars template: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        var document = DocumentBuilder.Build(model);
        string html;
        try
        {
            html = renderer.Render(document, languages, layout);
        }
        catch (HandlebarsDotNet.HandlebarsException e) when (templatePath is not null)
        {
            throw new CliUsageException($"`--template {templatePath}`: {e.Message.ReplaceLineEndings(" ")}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(outputFull)!);
        if (extension == ".pdf")
        {
            byte[] pdf;
            try
            {
                pdf = RenderPdf(html).GetAwaiter().GetResult();
            }
            catch (ChromiumNotFoundException e)
            {
                context.Stderr.WriteLine($"pledge: error: {e.Message}");
                return ExitCodes.Usage;
            }
            File.WriteAllBytes(outputFull, pdf);
        }
        else
        {
            File.WriteAllBytes(outputFull, Utf8NoBom.GetBytes(html));
        }

        context.Stdout.WriteLine($"wrote {PathDisplay.Show(outputFull, context.WorkingDirectory)} ({document.Articles.Length} articles; {string.Join(", ", languages)}; {layout.Keyword()})");
        return ExitCodes.Success;
    }

    private static async Task<byte[]> RenderPdf(string html)
    {
        await using var pdf = await PdfRenderer.StartAsync(maxParallelPages: 1);
        return await pdf.RenderAsync(html);
    }

    /// <summary>The `--lang` tags, spelled as the contract spells them; each must be one the contract is written in and have a phrase file.</summary>
    private static IReadOnlyList<string> Languages(string? option, IReadOnlyList<string> declared)
    {
        if (option is null) return declared.Count > 0 ? [.. declared] : throw new CliUsageException("the contract declares no `languages`; pass `--lang`");
        var tags = option.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tags.Length == 0) throw new CliUsageException("`--lang` names no language");
        var result = new List<string>();
        foreach (var tag in tags)
        {
            var known = declared.FirstOrDefault(d => string.Equals(d, tag, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUsageException($"`--lang {option}`: the contract is not written in `{tag}` (its languages: {string.Join(", ", declared)})");
            if (TemplateSet.FindLocale(known) is null)
                throw new CliUsageException($"`--lang {option}`: there is no phrase file for `{known}` (there are: {string.Join(", ", TemplateSet.LocaleTags)})");
            if (!result.Contains(known, StringComparer.OrdinalIgnoreCase)) result.Add(known);
        }
        return result;
    }
}
