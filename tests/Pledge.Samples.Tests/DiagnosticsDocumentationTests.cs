using System.Text.RegularExpressions;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// Keeps docs/diagnostics.md in step with <see cref="DiagnosticCatalogue"/>: one section per code, in code
/// order, each with its anchor, name, level and family, and a "Fails" example that really reports the code
/// and a "Fixed" example that really does not.
/// </summary>
public partial class DiagnosticsDocumentationTests
{
    /// <summary>
    /// Codes whose examples cannot be written as a file, so their blocks are ```text and not compiled.
    /// PLG1009 (invalid UTF-8) needs bytes that are not UTF-8, which a Markdown file cannot hold;
    /// PLG9000 (a check crashed) is a bug in Pledge that no correct contract reproduces.
    /// </summary>
    // PLG5005 needs two files (a contract and the library it imports); its examples show both as text.
    private static readonly HashSet<string> ProseOnlyExamples = ["PLG1009", "PLG5005", "PLG9000"];

    /// <summary>The contract a ```json example (a pledge.json) is placed next to; it reports nothing itself.</summary>
    private const string ContractBesideConfiguration = """
        contract hosting "主机托管服务协议" / "Hosting Service Agreement"
        languages zh-CN, en
        currency CNY
        parameter monthly_fee "月费" / "Monthly fee" : money

        clause uptime "可用性保证" / "Availability guarantee" {
          availability 99.9% per month
          remedy waive monthly_fee when breached
        }

        """;

    private static readonly Lazy<DiagnosticsPage> Page = new(() =>
        DiagnosticsPage.Parse(File.ReadAllText(Path.Combine(SampleFolder.Root, "docs", "diagnostics.md"))));

    public static IEnumerable<object[]> Codes() => DiagnosticCatalogue.All.Select(d => new object[] { d.Code });

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasOneSectionWithItsAnchorNameAndLevel(string code)
    {
        var descriptor = DiagnosticCatalogue.Find(code)!;
        var sections = Page.Value.Sections.Where(s => s.Code == code).ToList();
        var section = Assert.Single(sections);

        Assert.Equal(descriptor.Name, section.Name);
        Assert.Equal(descriptor.DocsAnchor, section.Anchor);
        Assert.Single(Page.Value.Anchors, a => a == descriptor.DocsAnchor);
        Assert.Equal(LevelWord(descriptor.DefaultLevel), section.Level);
        Assert.Equal(descriptor.Family, section.Family);
        Assert.False(string.IsNullOrWhiteSpace(section.Description), $"{code}: the section explains nothing");
    }

    [Fact]
    public void NoSectionForAnUnknownCodeAndSectionsInCodeOrder()
    {
        var known = DiagnosticCatalogue.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var page = Page.Value;
        // A heading that starts like a code but is not `## PLGnnnn name` would escape every other check.
        Assert.Equal(page.CodeHeadings, page.Sections.Count);
        Assert.All(page.Sections, s => Assert.Contains(s.Code, known));
        Assert.All(page.Anchors.Where(a => a.StartsWith("plg", StringComparison.Ordinal)),
            a => Assert.Contains(a.ToUpperInvariant(), known));
        Assert.Equal(page.Sections.Select(s => s.Code).Order(StringComparer.Ordinal), page.Sections.Select(s => s.Code));
        Assert.Equal(page.Anchors.Distinct().Count(), page.Anchors.Count);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void FailsExampleReportsTheCode(string code)
    {
        var example = ExampleOf(code, "Fails");
        if (example is null) return;
        var diagnostics = Analyse(example);
        Assert.True(diagnostics.Any(d => d.Diagnostic.Code == code),
            $"the Fails example of {code} does not report it; it reports:\n{Describe(diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void FixedExampleDoesNotReportTheCodeNorAnyError(string code)
    {
        var example = ExampleOf(code, "Fixed");
        if (example is null) return;
        var diagnostics = Analyse(example);
        Assert.False(diagnostics.Any(d => d.Diagnostic.Code == code || d.Diagnostic.IsError),
            $"the Fixed example of {code} still reports:\n{Describe(diagnostics)}");
    }

    /// <summary>The example's block, or null for a code whose examples are prose only.</summary>
    private static CodeBlock? ExampleOf(string code, string label)
    {
        var section = Assert.Single(Page.Value.Sections, s => s.Code == code);
        var block = section.Examples.GetValueOrDefault(label);
        Assert.True(block is not null, $"{code}: no **{label}:** example followed by a code block");
        if (ProseOnlyExamples.Contains(code))
        {
            Assert.Equal("text", block.Language);
            return null;
        }
        Assert.True(block.Language is "sla" or "json", $"{code}: the {label} example is a ```{block.Language} block, not ```sla or ```json");
        return block;
    }

    /// <summary>
    /// Checks one example as `pledge check` does (syntax, names and every rule, with pledge.json levels and
    /// pledge-ignore comments) in a fresh folder, so imports and pledge.json resolve against nothing else.
    /// An ```sla example is main.sla; a ```json example is the pledge.json beside a clean main.sla.
    /// </summary>
    private static IReadOnlyList<FileDiagnostic> Analyse(CodeBlock example)
    {
        var folder = Directory.CreateTempSubdirectory("pledge-diagnostics-doc-");
        try
        {
            var contract = example.Text;
            if (example.Language == "json")
            {
                File.WriteAllText(Path.Combine(folder.FullName, "pledge.json"), example.Text);
                contract = ContractBesideConfiguration;
            }
            return ContractAnalysis.Run(Compilation.FromText(contract, Path.Combine(folder.FullName, "main.sla")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(IEnumerable<FileDiagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "  " + d).ToList();
        return lines.Count == 0 ? "  (nothing)" : string.Join("\n", lines);
    }

    private static string LevelWord(DiagnosticLevel level) => level.ToString().ToLowerInvariant();

    private sealed record CodeBlock(string Language, string Text);

    private sealed record Section(
        string Code, string Name, string? Anchor, string? Level, string? Family, string Description,
        IReadOnlyDictionary<string, CodeBlock> Examples);

    /// <summary>The parts of docs/diagnostics.md the tests read.</summary>
    private sealed partial record DiagnosticsPage(IReadOnlyList<Section> Sections, IReadOnlyList<string> Anchors, int CodeHeadings)
    {
        public static DiagnosticsPage Parse(string markdown)
        {
            var lines = markdown.ReplaceLineEndings("\n").Split('\n');
            var anchors = new List<string>();
            var sections = new List<Section>();
            for (var i = 0; i < lines.Length; i++)
            {
                var anchor = AnchorLine().Match(lines[i]);
                if (anchor.Success) anchors.Add(anchor.Groups[1].Value);
                var heading = SectionHeading().Match(lines[i]);
                if (heading.Success) sections.Add(ParseSection(lines, i, heading.Groups[1].Value, heading.Groups[2].Value));
            }
            var codeHeadings = lines.Count(l => l.StartsWith("## PLG", StringComparison.Ordinal));
            return new DiagnosticsPage(sections, anchors, codeHeadings);
        }

        private static Section ParseSection(string[] lines, int headingLine, string code, string name)
        {
            // The explicit anchor stands on the last non-blank line before the heading.
            var previous = headingLine - 1;
            while (previous >= 0 && lines[previous].Trim().Length == 0) previous--;
            var anchorMatch = previous >= 0 ? AnchorLine().Match(lines[previous]) : Match.Empty;
            var anchor = anchorMatch.Success ? anchorMatch.Groups[1].Value : null;

            var end = headingLine + 1;
            while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal)
                   && !AnchorLine().IsMatch(lines[end]) && lines[end] != "---")
                end++;
            var body = lines[(headingLine + 1)..end];

            string? level = null, family = null;
            var description = new List<string>();
            var examples = new Dictionary<string, CodeBlock>();
            for (var i = 0; i < body.Length; i++)
            {
                var levelLine = LevelLine().Match(body[i]);
                if (levelLine.Success)
                {
                    level = levelLine.Groups[1].Value;
                    family = levelLine.Groups[2].Value;
                    continue;
                }
                var label = ExampleLabel().Match(body[i]);
                if (label.Success)
                {
                    var open = i + 1;
                    while (open < body.Length && body[open].Trim().Length == 0) open++;
                    if (open >= body.Length || !body[open].StartsWith("```", StringComparison.Ordinal)) continue;
                    var close = open + 1;
                    while (close < body.Length && body[close] != "```") close++;
                    var text = string.Join("\n", body[(open + 1)..Math.Min(close, body.Length)]) + "\n";
                    examples[label.Groups[1].Value] = new CodeBlock(body[open][3..].Trim(), text);
                    i = close;
                    continue;
                }
                if (examples.Count == 0) description.Add(body[i]);
            }
            return new Section(code, name, anchor, level, family, string.Join("\n", description).Trim(), examples);
        }

        [GeneratedRegex("""^<a id="([^"]+)"></a>\s*$""")]
        private static partial Regex AnchorLine();

        [GeneratedRegex(@"^## (PLG\d{4}) ([a-z0-9-]+)\s*$")]
        private static partial Regex SectionHeading();

        [GeneratedRegex(@"^\*\*Level:\*\* (\w+) · \*\*Family:\*\* (\w+)\s*$")]
        private static partial Regex LevelLine();

        [GeneratedRegex(@"^\*\*(Fails|Fixed):\*\*\s*$")]
        private static partial Regex ExampleLabel();
    }
}
