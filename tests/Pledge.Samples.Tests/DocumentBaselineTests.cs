using Pledge.Compiler;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Templating;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// The HTML document of every example contract in every layout, as `pledge render` writes it (the same document
/// builder and bundled templates): tests/Samples/documents/&lt;example&gt;.&lt;layout&gt;[.&lt;lang&gt;].html.
/// PLEDGE_REFRESH_BASELINES=1 rewrites them; the diff shows what a change does to the signed documents.
/// </summary>
public class DocumentBaselineTests
{
    /// <summary>Each example folder's contract and its two languages, in the contract's column order.</summary>
    public static readonly (string Example, string Contract, string[] Languages)[] Examples =
    [
        ("email", "email/email-system.sla", ["zh-CN", "en"]),
        ("idc", "idc/idc-guarantee.sla", ["zh-CN", "en"]),
        ("korean", "korean/idc-guarantee-ko.sla", ["ko", "en"]),
        ("low-voltage", "low-voltage/after-sales.sla", ["zh-CN", "en"]),
        ("paint", "paint/paint-warranty.sla", ["zh-CN", "en"]),
        ("software", "software/maintenance.sla", ["zh-CN", "en"]),
    ];

    /// <summary>Example, layout keyword, and the languages rendered (both for side-by-side and stacked, one for single).</summary>
    public static TheoryData<string, string, string> Documents()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (example, _, languages) in Examples)
        {
            var both = string.Join(',', languages);
            data.Add(example, "side-by-side", both);
            data.Add(example, "stacked", both);
            foreach (var language in languages) data.Add(example, "single", language);
        }
        return data;
    }

    [Fact]
    public void Every_example_contract_is_listed()
    {
        var contracts = Directory.EnumerateFiles(Path.Combine(SampleFolder.Root, "examples"), "*.sla", SearchOption.AllDirectories)
            .Where(f => Compilation.Create([f]).GetSemanticModel(f).Contract is not null)
            .Select(f => Path.GetRelativePath(Path.Combine(SampleFolder.Root, "examples"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(contracts, Examples.Select(e => e.Contract).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Html_matches_the_baseline(string example, string layout, string languages)
    {
        var html = Render(example, layout, languages);
        var name = layout == "single" ? $"{example}.{layout}.{languages}.html" : $"{example}.{layout}.html";
        Baseline.Check(Path.Combine(SampleFolder.Root, "tests", "Samples", "documents", name), html);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Html_is_the_same_bytes_twice(string example, string layout, string languages)
    {
        Assert.Equal(Render(example, layout, languages), Render(example, layout, languages));
    }

    [Fact]
    public void Every_baseline_file_belongs_to_a_document()
    {
        var expected = Documents().Select(row => (string)row[1] == "single" ? $"{row[0]}.single.{row[2]}.html" : $"{row[0]}.{row[1]}.html")
            .Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(Path.Combine(SampleFolder.Root, "tests", "Samples", "documents"))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, present!);
    }

    internal static string Render(string example, string layout, string languages)
    {
        var contract = Examples.Single(e => e.Example == example).Contract;
        var path = Path.Combine(SampleFolder.Root, "examples", contract);
        var compilation = Compilation.Create([path]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Diagnostic.IsError);
        var document = DocumentBuilder.Build(compilation.GetSemanticModel(path));
        return new HtmlRenderer().Render(document, languages.Split(','), DocumentLayouts.Parse(layout)!.Value);
    }
}
