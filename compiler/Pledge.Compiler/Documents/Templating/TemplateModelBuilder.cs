using System.Collections.Immutable;
using Pledge.Compiler.Documents.Locales;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Prose;

namespace Pledge.Compiler.Documents.Templating;

/// <summary>
/// The data a contract template renders (documented field by field in docs/templates.md): the document's
/// articles twice over — <c>articles</c> with one cell per language for each item (side by side), and
/// <c>versions</c>, the whole document in each language (stacked, single) — plus each item's typed values.
/// Plain dictionaries and lists: Handlebars reads them by key, and their order is the document's.
/// </summary>
public static class TemplateModelBuilder
{
    public static Dictionary<string, object?> Build(ContractDocument document, IReadOnlyList<string> languages, DocumentLayout layout)
    {
        var writers = languages.Select(tag => new ProseWriter(TemplateSet.GetLocale(tag), document)).ToList();

        // Each item is written once per language; both views share the blocks.
        var blocks = document.Articles.Select(a => a.Items.Select(i => writers.Select(w => Block(w.Write(i))).ToList()).ToList()).ToList();

        var articles = document.Articles.Select((a, ai) => new Dictionary<string, object?>
        {
            ["number"] = a.Number,
            ["kind"] = ValueModel.CamelCase(a.Kind.ToString()),
            ["name"] = a.Name,
            ["headings"] = writers.Select(w => Heading(w, a)).ToList(),
            ["rows"] = a.Items.Select((item, ii) => new Dictionary<string, object?>
            {
                ["kind"] = item.Kind,
                ["family"] = item.Family,
                ["item"] = ValueModel.From(item),
                ["cells"] = blocks[ai][ii],
            }).ToList(),
        }).ToList();

        var versions = writers.Select((w, wi) => new Dictionary<string, object?>
        {
            ["lang"] = w.Lang,
            ["name"] = w.Locale.Name,
            ["title"] = w.Local(document.Title),
            ["provider"] = w.Provider,
            ["labels"] = Labels(w.Locale),
            ["parameters"] = document.Parameters.Select(p => Parameter(w, p)).ToList(),
            ["articles"] = document.Articles.Select((a, ai) =>
            {
                var heading = Heading(w, a);
                heading["number"] = a.Number;
                heading["kind"] = ValueModel.CamelCase(a.Kind.ToString());
                heading["name"] = a.Name;
                heading["blocks"] = blocks[ai].Select(cells => cells[wi]).ToList();
                return heading;
            }).ToList(),
        }).ToList();

        return new Dictionary<string, object?>
        {
            ["layout"] = layout.Keyword(),
            ["isSideBySide"] = layout == DocumentLayout.SideBySide,
            ["isStacked"] = layout == DocumentLayout.Stacked,
            ["isSingle"] = layout == DocumentLayout.Single,
            ["lang"] = languages[0],
            ["columnCount"] = languages.Count,
            ["languages"] = writers.Select(w => new Dictionary<string, object?> { ["tag"] = w.Lang, ["name"] = w.Locale.Name }).ToList(),
            ["contract"] = new Dictionary<string, object?>
            {
                ["name"] = document.Name,
                ["currency"] = document.Currency,
                ["title"] = writers.Select(w => Text(w.Lang, w.Local(document.Title))).ToList(),
                ["provider"] = writers.Select(w => Text(w.Lang, w.Provider)).ToList(),
            },
            ["runningHeader"] = string.Join(" · ", writers.Select(w => w.Local(document.Title)).Distinct()),
            ["pageLabels"] = writers.Select(w => w.Locale.Text("format.page")).ToList(),
            ["parameters"] = document.Parameters.Select(p => new Dictionary<string, object?>
            {
                ["name"] = p.Name,
                ["type"] = ValueModel.CamelCase(p.Type.ToString()),
                ["cells"] = writers.Select(w => Parameter(w, p)).ToList(),
            }).ToList(),
            ["labels"] = writers.Select(w => Labels(w.Locale)).ToList(),
            ["articles"] = articles,
            ["versions"] = versions,
            ["css"] = TemplateSet.PrintCss,
        };
    }

    private static Dictionary<string, object?> Heading(ProseWriter w, DocumentArticle a) => new()
    {
        ["lang"] = w.Lang,
        ["label"] = w.Locale.Format.ArticleNumber(a.Number),
        ["title"] = w.Local(a.Title),
    };

    private static Dictionary<string, object?> Parameter(ProseWriter w, DocumentParameter p) => new()
    {
        ["lang"] = w.Lang,
        ["name"] = p.Name,
        ["type"] = ValueModel.CamelCase(p.Type.ToString()),
        ["title"] = w.Local(p.Title),
    };

    private static Dictionary<string, object?> Text(string lang, string text) => new() { ["lang"] = lang, ["text"] = text };

    private static Dictionary<string, object?> Labels(Locale locale)
    {
        var labels = new Dictionary<string, object?> { ["lang"] = locale.Tag };
        foreach (var key in new[] { "provider", "customer", "particulars", "providerSignature", "customerSignature", "date" })
            labels[key] = locale.Text("labels." + key);
        return labels;
    }

    private static Dictionary<string, object?> Block(LocalizedBlock block) => new()
    {
        ["kind"] = block.Kind,
        ["family"] = block.Family,
        ["lang"] = block.Lang,
        ["text"] = block.Text,
        ["table"] = block.Table is { } t
            ? new Dictionary<string, object?> { ["head"] = t.Head.ToList(), ["rows"] = t.Rows.Select(r => r.ToList()).ToList() }
            : null,
        ["list"] = block.List.ToList(),
        ["hasList"] = !block.List.IsEmpty,
    };
}
