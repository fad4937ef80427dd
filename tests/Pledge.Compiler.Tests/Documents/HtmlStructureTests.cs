using Xunit;
using System.Text.RegularExpressions;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Templating;

namespace Pledge.Compiler.Tests.Documents;

/// <summary>The rendered HTML, checked lightly: element counts, both languages present, deterministic bytes.</summary>
public sealed partial class HtmlStructureTests
{
    private static readonly ContractDocument Full = DocumentSamples.Build(DocumentSamples.Full);
    private static readonly HtmlRenderer Renderer = new();

    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public void Side_by_side_puts_each_item_next_to_its_translation()
    {
        var html = Renderer.Render(Full, ["zh-CN", "en"], DocumentLayout.SideBySide);
        var items = Full.Articles.Sum(a => a.Items.Length);
        Assert.Equal(7, Count(html, "<section class=\"article "));
        Assert.Equal(items, Count(html, "<div class=\"row item-row "));
        Assert.Equal(items, Count(html, "<div class=\"cell\" lang=\"zh-CN\">"));
        Assert.Equal(items, Count(html, "<div class=\"cell\" lang=\"en\">"));
        Assert.Contains("<span class=\"number\">第一条</span> 网络联通性保证", html);
        Assert.Contains("<span class=\"number\">Article 7</span> Force majeure", html);
        // The matrix, the distance tiers, the credit table and the covered items: one table per language.
        Assert.Equal(2 * 4, Count(html, "<table>"));
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart('\n', '\r'));
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Fact]
    public void Stacked_writes_the_whole_document_once_per_language()
    {
        var html = Renderer.Render(Full, ["en", "zh-CN"], DocumentLayout.Stacked);
        Assert.Equal(2, Count(html, "<article class=\"version\""));
        Assert.True(html.IndexOf("<article class=\"version\" lang=\"en\"", StringComparison.Ordinal) < html.IndexOf("<article class=\"version\" lang=\"zh-CN\"", StringComparison.Ordinal));
        Assert.Equal(14, Count(html, "<section class=\"article "));
        Assert.Contains("<html lang=\"en\">", html);
    }

    [Fact]
    public void Single_writes_one_language_only()
    {
        var html = Renderer.Render(Full, ["ko"], DocumentLayout.Single);
        Assert.Equal(1, Count(html, "<article class=\"version\""));
        Assert.Contains("제1조", html);
        Assert.DoesNotContain("Article 1", html);
        Assert.DoesNotContain("第一条", html);
    }

    [Fact]
    public void The_page_margins_carry_the_title_and_localized_page_numbers()
    {
        var html = Renderer.Render(Full, ["zh-CN", "en"], DocumentLayout.SideBySide);
        Assert.Contains("@top-center { content: \"样本服务保证书 · Sample service guarantee\"; }", html);
        Assert.Contains("@bottom-center { content: \"第 \" counter(page) \" 页\" \" · \" \"Page \" counter(page); }", html);
        Assert.Contains("size: A4", html);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Renderer.Render(DocumentSamples.Build(DocumentSamples.Full), ["zh-CN", "en"], DocumentLayout.SideBySide);
        var second = new HtmlRenderer().Render(DocumentSamples.Build(DocumentSamples.Full), ["zh-CN", "en"], DocumentLayout.SideBySide);
        Assert.Equal(first, second);
    }

    public static TheoryData<string, string> ExampleLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(DocumentSamples.ExamplesDirectory(), "*.sla", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(file).Contains("\ncontract ", StringComparison.Ordinal) || File.ReadAllText(file).StartsWith("contract ", StringComparison.Ordinal))
                foreach (var layout in new[] { "side-by-side", "stacked", "single" })
                    data.Add(Path.GetRelativePath(DocumentSamples.ExamplesDirectory(), file), layout);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleLayouts))]
    public void Every_example_renders_in_every_layout(string example, string layoutName)
    {
        var path = Path.Combine(DocumentSamples.ExamplesDirectory(), example);
        var compilation = Compilation.Create([path]);
        var model = compilation.GetSemanticModel(path);
        var document = DocumentBuilder.Build(model);
        var layout = DocumentLayouts.Parse(layoutName)!.Value;
        var languages = layout == DocumentLayout.Single ? model.Languages.Take(1).ToList() : [.. model.Languages];
        var html = Renderer.Render(document, languages, layout);
        Assert.Equal(layout == DocumentLayout.SideBySide ? 1 : languages.Count, Math.Max(1, Count(html, "<article class=\"version\"")));
        foreach (var lang in languages) Assert.Contains($"lang=\"{lang}\"", html);
        Assert.DoesNotContain("{{", html.Replace("{{x}}", ""));
    }
}
