using System.Reflection;

namespace Pledge.Compiler.Documents.Reports;

/// <summary>The bundled evaluation report template and stylesheet (templates/report/, embedded in the compiler like the contract's).</summary>
public static class ReportTemplates
{
    public static string Template { get; } = Read("report/evaluation.html.hbs");

    public static string Stylesheet { get; } = Read("report/report.css");

    private static string Read(string relative)
    {
        using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream("Pledge.Templates/" + relative)
            ?? throw new InvalidOperationException($"the template `{relative}` is not embedded in the compiler");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
