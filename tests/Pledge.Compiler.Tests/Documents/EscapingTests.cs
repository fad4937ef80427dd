using Xunit;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Templating;

namespace Pledge.Compiler.Tests.Documents;

/// <summary>Contract text is data: it is escaped in HTML and in CSS, and never read as a template.</summary>
public sealed class EscapingTests
{
    private const string Hostile = """
        contract x "<script>alert('title')</script></style>{{title}}" / "Title {{#each x}}\"quoted\""
        languages zh-CN, en
        provider "<b>供应商</b> & {{provider}}" / "{{{provider}}} <img src=x onerror=alert(1)>"
        parameter fee "月费<script>" / "Fee {{> paragraph}}" : money
        severity high "<script>高</script>" / "<script>High</script>" : "{{x}}<script>" / "<script>{{x}}"
        clause c "<script>条款</script>" / "Clause {provider}" {
          define "<i>术语</i>" / "{{term}}" : "含义 <script>x()</script>" / "meaning {{meaning}}"
          text "<script>alert(1)</script>" / "{{text}} & <script>alert(2)</script>"
          remedy waive fee when breached
        }
        clause m "矩阵" / "Matrix" {
          matrix {
            severity | respond
            high     | 1 h
          }
        }
        """;

    private static string Render(DocumentLayout layout) =>
        new HtmlRenderer().Render(DocumentSamples.Build(Hostile), layout == DocumentLayout.Single ? ["en"] : ["zh-CN", "en"], layout);

    [Theory]
    [InlineData(DocumentLayout.SideBySide)]
    [InlineData(DocumentLayout.Stacked)]
    [InlineData(DocumentLayout.Single)]
    public void Script_tags_from_the_contract_are_escaped(DocumentLayout layout)
    {
        var html = Render(layout);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", layout == DocumentLayout.Single ? html.Replace("alert(2)", "alert(1)") : html);
    }

    [Fact]
    public void Braces_in_contract_text_are_printed_not_expanded()
    {
        var html = Render(DocumentLayout.SideBySide);
        Assert.Contains("{{text}} &amp; &lt;script&gt;alert(2)&lt;/script&gt;", html);
        Assert.Contains("“{{term}}” means meaning {{meaning}}.", html);
        Assert.Contains("{{{provider}}} &lt;img", html);
        // A phrase placeholder written in a contract's text stays as written.
        Assert.Contains("Clause {provider}", html);
    }

    [Fact]
    public void The_running_header_is_escaped_for_css()
    {
        var html = Render(DocumentLayout.SideBySide);
        var style = html[html.IndexOf("@page {\n  @top-center", StringComparison.Ordinal)..];
        style = style[..style.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", style);
        Assert.Contains("\\3C script\\3E alert(\\27 title\\27 )\\3C /script\\3E \\3C /style\\3E \\7B \\7B title\\7D \\7D ", style);
        Assert.Contains("\\22 quoted\\22 ", style);
    }
}
