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
        // A value that is missing or not a number (a field this item does not have) writes nothing.
        RegisterFormat(handlebars, "formatNumber", (locale, a) => Decimal(a, 0) is { } n ? locale.Format.Number(n) : "");
        RegisterFormat(handlebars, "formatPercent", (locale, a) => Decimal(a, 0) is { } n ? locale.Format.Percent(new PercentValue(n)) : "");
        RegisterFormat(handlebars, "formatMoney", (locale, a) =>
        {
            var currency = a.Length > 2 ? a[1]?.ToString() ?? "" : "";
            return Decimal(a, 0) is { } n ? locale.Format.Money(new MoneyValue(n, currency, Binding.CurrencyCodes.MinorDigitsOf(currency))) : "";
        });
        RegisterFormat(handlebars, "formatDuration", (locale, a) =>
            Decimal(a, 0) is { } n && a.Length > 2 ? locale.Format.Duration(new DurationValue(n, Unit(a[1]?.ToString()))) : "");
        RegisterFormat(handlebars, "formatDate", (locale, a) =>
            DateOnly.TryParseExact(a[0]?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? locale.Format.Date(d) : "");
        RegisterFormat(handlebars, "articleNumber", (locale, a) => Decimal(a, 0) is { } n ? locale.Format.ArticleNumber((int)n) : "");
    }

    /// <summary>A helper `{{name VALUE… LANG}}` whose text is escaped like any `{{…}}`.</summary>
    private static void RegisterFormat(IHandlebars handlebars, string name, Func<Locales.Locale, Arguments, string> format) =>
        handlebars.RegisterHelper(name, (EncodedTextWriter w, Context _, Arguments a) =>
        {
            if (a.Length < 2) throw new HandlebarsRuntimeException($"`{name}` needs a value and a language tag");
            w.Write(format(Locale(a), a));
        });

    private static Locales.Locale Locale(Arguments a) => TemplateSet.FindLocale(a[a.Length - 1]?.ToString() ?? "")
        ?? throw new HandlebarsRuntimeException($"`{a[a.Length - 1]}` is not a language with a phrase file ({string.Join(", ", TemplateSet.LocaleTags)})");

    private static decimal? Decimal(Arguments a, int index) => a[index] switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static DurationUnit Unit(string? camel) => Enum.TryParse<DurationUnit>(camel, ignoreCase: true, out var unit) ? unit : DurationUnit.Minute;
}
