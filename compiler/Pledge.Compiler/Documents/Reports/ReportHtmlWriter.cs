using Pledge.Compiler.Documents.Templating;
using Pledge.Runtime.Reports;

namespace Pledge.Compiler.Documents.Reports;

/// <summary>
/// `pledge eval --format html`: the evaluation report as one self-contained, printable HTML page (its CSS inline,
/// no scripts, nothing fetched), rendered with Handlebars from templates/report/. Handlebars escapes every value,
/// so contract titles and incident ids reach the page as text, never as markup. The same report gives the same bytes.
/// </summary>
public static class ReportHtmlWriter
{
    // Compiled once per process; a renderer is safe to use from several threads.
    private static readonly Lazy<HtmlRenderer> Renderer = new(() => new HtmlRenderer(ReportTemplates.Template));

    public static string ToHtml(EvaluationReport report)
    {
        var html = Renderer.Value.Render(ReportTemplateModel.Build(report, ReportTemplates.Stylesheet)).ReplaceLineEndings("\n");
        return html.EndsWith('\n') ? html : html + "\n";
    }
}
