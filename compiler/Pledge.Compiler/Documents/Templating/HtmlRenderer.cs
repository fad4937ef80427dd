using System.Globalization;
using HandlebarsDotNet;
using Pledge.Compiler.Documents.Model;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Documents.Templating;

/// <summary>
/// Renders documents to HTML with Handlebars. The template is compiled once per renderer, so a batch renders
/// many documents with one instance (it is safe to use from several threads). `{{…}}` escapes everything it
/// writes; the helpers that write unescaped output (`cssString`, `pageNumbers`) escape for CSS themselves.
/// A custom template replaces contract.html.hbs; partials of the same name in a `partials/` folder next to it
/// replace the bundled ones.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly HandlebarsTemplate<object, object> _template;
    private readonly HashSet<string> _partials = new(StringComparer.Ordinal);

    public HtmlRenderer(string? templateText = null, string? partialsDirectory = null)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var (name, text) in TemplateSet.Partials) Register(handlebars, name, text);
        if (partialsDirectory is not null && Directory.Exists(partialsDirectory))
            foreach (var file in Directory.EnumerateFiles(partialsDirectory, "*.hbs").Order(StringComparer.Ordinal))
                Register(handlebars, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        RegisterHelpers(handlebars);
        _template = handlebars.Compile(templateText ?? TemplateSet.ContractTemplate);
    }

    /// <summary>A renderer for a template file; its folder's `partials/` override the bundled partials.</summary>
    public static HtmlRenderer FromFile(string templatePath) =>
        new(File.ReadAllText(templatePath), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(templatePath)) ?? ".", "partials"));

    public string Render(ContractDocument document, IReadOnlyList<string> languages, DocumentLayout layout) =>
        Render(TemplateModelBuilder.Build(document, languages, layout));

    /// <summary>Renders any data (a certificate's model, say) with this renderer's template.</summary>
    public string Render(object model) => _template(model);

    private void Register(IHandlebars handlebars, string name, string text)
    {
        handlebars.RegisterTemplate(name, text);
        _partials.Add(name);
    }

    private void RegisterHelpers(IHandlebars handlebars)
    {
        // {{> (partialFor family) }}: the family's own partial, else the plain paragraph.
        handlebars.RegisterHelper("partialFor", (Context _, Arguments a) =>
            a.Length > 0 && a[0] is string family && _partials.Contains(family) ? family : "paragraph");
        handlebars.RegisterHelper("cssString", (EncodedTextWriter w, Context _, Arguments a) =>
            w.WriteSafeString(CssText.Quote(a.Length > 0 ? a[0]?.ToString() : "")));
        handlebars.RegisterHelper("pageNumbers", (EncodedTextWriter w, Context _, Arguments a) =>
        {
            var labels = a.Length > 0 && a[0] is IEnumerable<object> list ? list.Select(x => x?.ToString() ?? "") : [];
            w.WriteSafeString(string.Join(" \" · \" ", labels.Select(CssText.PageCounter)));
        });

        // Formatting helpers for custom templates: the value(s), then the language tag last. Named format…
        // so that they never shadow a field of the data (`{{date}}`, `{{number}}` are fields).
        handlebars.RegisterHelper("formatNumber", (EncodedTextWriter w, Context _, Arguments a) => w.Write(Locale(a).Format.Number(Decimal(a, 0))));
        handlebars.RegisterHelper("formatPercent", (EncodedTextWriter w, Context _, Arguments a) =>
            w.Write(Locale(a).Format.Percent(new PercentValue(Decimal(a, 0)))));
        handlebars.RegisterHelper("formatMoney", (EncodedTextWriter w, Context _, Arguments a) =>
        {
            var currency = a[1]?.ToString() ?? "";
            w.Write(Locale(a).Format.Money(new MoneyValue(Decimal(a, 0), currency, Binding.CurrencyCodes.MinorDigitsOf(currency))));
        });
        handlebars.RegisterHelper("formatDuration", (EncodedTextWriter w, Context _, Arguments a) =>
            w.Write(Locale(a).Format.Duration(new DurationValue(Decimal(a, 0), Unit(a[1]?.ToString())))));
        handlebars.RegisterHelper("formatDate", (EncodedTextWriter w, Context _, Arguments a) =>
            w.Write(DateOnly.TryParseExact(a[0]?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? Locale(a).Format.Date(d)
                : a[0]?.ToString() ?? ""));
        handlebars.RegisterHelper("articleNumber", (EncodedTextWriter w, Context _, Arguments a) =>
            w.Write(Locale(a).Format.ArticleNumber((int)Decimal(a, 0))));
    }

    private static Locales.Locale Locale(Arguments a) => TemplateSet.GetLocale(a[a.Length - 1]?.ToString() ?? "");

    private static decimal Decimal(Arguments a, int index) =>
        Convert.ToDecimal(a[index] ?? 0m, CultureInfo.InvariantCulture);

    private static DurationUnit Unit(string? camel) => Enum.TryParse<DurationUnit>(camel, ignoreCase: true, out var unit) ? unit : DurationUnit.Minute;
}
