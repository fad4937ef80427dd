using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;
using Xunit;
using static Pledge.Dsl.Tests.FormatterTestKit;

namespace Pledge.Dsl.Tests;

/// <summary>Whole files, files with syntax errors and arbitrary text: never a throw, never a lost character.</summary>
public class FormatterRobustnessTests
{
    public static TheoryData<int> SampleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < FormatterSamples.All.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void ReferenceExamplesFormatIdempotently(int index)
    {
        var sample = FormatterSamples.All[index];
        var formatted = FormatValid(sample);
        Assert.Equal(Ink(sample), Ink(formatted));
    }

    [Fact]
    public void FormattedReferenceExamplesAreAFixedPoint()
    {
        var sample = string.Concat(FormatterSamples.All[..^1]);
        var once = FormatValid(sample);
        Assert.Equal(once, FormatValid(once));
        Assert.Equal(once, FormatValid(once.Replace("\n", "\r\n")));
    }

    [Fact]
    public void RepositoryExamplesFormatIdempotently()
    {
        // The contracts under examples/ are real documents: formatting must keep them parseable and stable.
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Dsl.sln"))) root = Path.GetDirectoryName(root);
        if (root is null || !Directory.Exists(Path.Combine(root, "examples"))) return;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.sla", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            var formatted = Format(source);
            Assert.Equal(Ink(source), Ink(formatted));
            Assert.Equal(SyntaxTree.Parse(source, file).Diagnostics.Length, SyntaxTree.Parse(formatted, file).Diagnostics.Length);
        }
    }

    [Fact]
    public void SkippedTextIsPrintedVerbatim()
    {
        const string source = """
            contract c "C" / "C"
            @@ this is %% not   sla @@
            clause a "A" / "A" {
              availability 99.9% per month
              ??? garbage   here
              remedy waive monthly_fee when breached
            }
            """;
        var tree = SyntaxTree.Parse(source, "test.sla");
        Assert.False(tree.Diagnostics.IsEmpty);
        var formatted = SlaFormatter.Format(tree);
        Assert.Equal(Ink(source), Ink(formatted));
        foreach (var skipped in tree.Root.DescendantNodes().OfType<SkippedSyntax>())
            Assert.Contains(skipped.Token.Text.Trim(), formatted);
    }

    [Theory]
    [InlineData("clause a \"A\" / \"A\" {\n  availability 99.9% per month\n")]
    [InlineData("clause a \"A\" / {")]
    [InlineData("matrix { severity | respond")]
    [InlineData("clause a \"A\" / \"A\" { matrix { severity | respond critical | 1 h ")]
    [InlineData("clause a \"A\" / \"A\" { remedy credit fee by availability { below 99% : 1% , cap 5% of fee per period }")]
    [InlineData("\"unterminated string\n contract c")]
    [InlineData("/* unterminated comment\n contract c \"C\"")]
    [InlineData("contract c \"C\" / \"C\" // comment at end without newline")]
    [InlineData("parameter p \"P\" : ")]
    [InlineData("}}}} {{{{ ,,, :: // x\n /* y */ ..")]
    public void BrokenInputNeverThrowsNorLosesText(string source)
    {
        var formatted = SlaFormatter.Format(SyntaxTree.Parse(source, "test.sla"));
        Assert.Equal(Ink(source), Ink(formatted));
        Assert.EndsWith("\n", formatted);
    }

    [Fact]
    public void NothingIsPutAfterAnUnterminatedStringOnItsLine()
    {
        // The open string runs to the end of its line: a token joined onto that line would be read into the string.
        var formatted = SlaFormatter.Format(SyntaxTree.Parse("parameter a \"open\n : text", "test.sla"));
        Assert.Contains("\"open\n", formatted);
    }

    [Fact]
    public void RandomTextNeverThrowsNorLosesText()
    {
        string[] fragments =
        [
            "contract", "clause", "calendar", "warranty", "exclusion", "parameter", "cause", "severity", "matrix",
            "availability", "99.9%", "per", "month", "{", "}", "|", ":", "/", ",", "-", "..", "\"文本\"", "\"text\"",
            "// c\n", "/* b */", "\n", "\n\n", " ", "  ", "\t", "2026-10-01", "09:00", "44", "min", "km", "CNY",
            "remedy", "credit", "below", "cap", "of", "x", "Mon", "Fri", "span", "define", "\r\n", "@", "\"",
        ];
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var source = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => fragments[random.Next(fragments.Length)] + " "));
            var formatted = SlaFormatter.Format(SyntaxTree.Parse(source, "test.sla"));
            Assert.Equal(Ink(source), Ink(formatted));
        }
    }
}

/// <summary>Texts and tokens whose content the formatter must not touch.</summary>
public class FormatterVerbatimTests
{
    [Fact]
    public void MultiLineStringsKeepTheirContent_TheCommentAfterThemStaysOnTheirLastLine()
    {
        const string source = "clause a \"A\" / \"A\" {\n  text \"\"\"第一行   \n    第二行\n\"\"\" / \"\"\"line one\n  line two  \"\"\"   // note   \n}\n";
        Assert.Equal(source.Replace("\"\"\"   // note   ", "\"\"\"  // note"), FormatValid(source));
    }

    [Fact]
    public void StringsAndCommentsAreNotReflowed()
    {
        const string source = "cause a \"两个  空格\" / \"two  spaces,  kept\"  /*  spaced   out  */\n";
        Assert.Equal(source, FormatValid(source));
    }

    [Fact]
    public void ContinuationLinesFollowTheIndentSize()
    {
        var longEnglish = "the network port assigned to the customer can reach the backbone, always and everywhere";
        var formatted = FormatValid($"clause c \"C\" / \"C\" {{ define \"联通\" / \"Connected\" : \"端口可以联通\" / \"{longEnglish}\" }}",
            new FormatOptions(IndentSize: 4));
        Assert.Equal($"clause c \"C\" / \"C\" {{\n    define \"联通\" / \"Connected\" :\n        \"端口可以联通\" /\n        \"{longEnglish}\"\n}}\n", formatted);
    }

    [Fact]
    public void ANegativeIndentSizeDoesNotThrow()
    {
        var formatted = SlaFormatter.Format(SyntaxTree.Parse("clause c \"C\" / \"C\" { availability 99% per month }", "t"), new FormatOptions(IndentSize: -3));
        Assert.Equal("clause c \"C\" / \"C\" {\navailability 99% per month\n}\n", formatted);
    }
}
