using System.Globalization;
using Pledge.Certificates.Content;
using Pledge.Certificates.Signing;
using Pledge.Compiler.Documents.Locales;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Templating;

namespace Pledge.Certificates.Rendering;

/// <summary>
/// Renders a certificate's HTML from its stored content and code alone, so the same certificate always gives the
/// same bytes, whether issued now or found in the registry later. Values are formatted per language with the
/// contract document's formatters (dates, money, durations). One instance serves a whole batch, from any thread.
/// </summary>
public sealed class CertificateHtmlRenderer
{
    private readonly HtmlRenderer _renderer;

    public CertificateHtmlRenderer(string? templateText = null) => _renderer = new HtmlRenderer(templateText ?? CertificateTemplates.Template);

    /// <param name="languages">The languages to print, in column order: a subset of the content's.</param>
    public string Render(CertificateContent content, string code, IReadOnlyList<string> languages) =>
        _renderer.Render(Model(content, code, languages));

    public static Dictionary<string, object?> Model(CertificateContent content, string code, IReadOnlyList<string> languages)
    {
        var display = VerificationCode.Display(code);
        var versions = languages.Select(lang => Version(content, lang, display)).ToList();
        var locales = languages.Select(l => (Lang: l, Values: TemplateSet.GetLocale(l), Phrases: CertificateTemplates.GetPhrases(l))).ToList();

        List<Dictionary<string, object?>> Labels(string key) => [.. locales.Select(l => Span(l.Lang, l.Phrases.Text("labels." + key)))];
        List<Dictionary<string, object?>> PerLanguage(Func<string, Locale, string> text) => [.. locales.Select(l => Span(l.Lang, text(l.Lang, l.Values)))];
        Dictionary<string, object?> Fact(string key, List<Dictionary<string, object?>> labels, List<Dictionary<string, object?>> values) =>
            new() { ["key"] = key, ["labels"] = labels, ["values"] = values };

        var first = languages[0];
        var facts = new List<Dictionary<string, object?>>
        {
            Fact("number", Labels("number"), [Span(first, content.Number)]),
            Fact("customer", Labels("customer"), [Span(first, content.Customer)]),
            Fact("provider", Labels("provider"), PerLanguage((l, _) => content.Texts[l].Provider)),
            Fact("warranty", Labels("warranty"), PerLanguage((l, _) => content.Texts[l].WarrantyTitle)),
            Fact("period", Labels("period"), [.. locales.Select(l => Span(l.Lang, l.Phrases.Fill("period",
                ("duration", content.Texts[l.Lang].Duration),
                ("start", l.Values.Format.Date(content.Start.ToDateOnly())),
                ("end", l.Values.Format.Date(content.End.ToDateOnly())))))]),
        };
        foreach (var parameter in content.Parameters)
        {
            facts.Add(Fact("parameter-" + parameter.Name,
                [.. locales.Select(l => Span(l.Lang, content.Texts[l.Lang].ParameterTitles.GetValueOrDefault(parameter.Name, parameter.Name)))],
                PerLanguage((_, locale) => FormatValue(parameter, locale))));
        }
        facts.Add(Fact("issued", Labels("issued"), PerLanguage((_, locale) => locale.Format.Date(content.Issued.ToDateOnly()))));

        return new Dictionary<string, object?>
        {
            ["lang"] = first,
            ["columnCount"] = languages.Count,
            ["css"] = CertificateTemplates.Stylesheet,
            ["number"] = content.Number,
            ["customer"] = content.Customer,
            ["code"] = display,
            ["payload"] = QrCodeImage.Payload(content.Number, code),
            ["qr"] = QrCodeImage.SvgDataUri(QrCodeImage.Payload(content.Number, code)),
            ["contractHash"] = content.ContractHash,
            ["start"] = CertificateContent.Date(content.Start),
            ["end"] = CertificateContent.Date(content.End),
            ["issued"] = CertificateContent.Date(content.Issued),
            ["facts"] = facts,
            ["versions"] = versions,
        };
    }

    private static Dictionary<string, object?> Version(CertificateContent content, string lang, string code)
    {
        var texts = content.Texts[lang];
        var values = TemplateSet.GetLocale(lang);
        var phrases = CertificateTemplates.GetPhrases(lang);
        var labels = new Dictionary<string, object?>();
        foreach (var key in new[] { "number", "customer", "provider", "warranty", "contract", "period", "issued", "covers", "item", "coverage", "excludes", "code", "contractHash", "seal" })
            labels[key] = phrases.Text("labels." + key);
        return new Dictionary<string, object?>
        {
            ["lang"] = lang,
            ["heading"] = phrases.Text("heading"),
            ["labels"] = labels,
            ["contractTitle"] = texts.ContractTitle,
            ["warrantyTitle"] = texts.WarrantyTitle,
            ["provider"] = texts.Provider,
            ["covers"] = texts.Covers.Select((c, i) => new Dictionary<string, object?>
            {
                ["item"] = c.Item,
                ["coverage"] = c.Coverage,
                ["limit"] = i < content.Covers.Count && content.Covers[i].LimitValue is { } limit
                    ? phrases.Fill("limit", ("amount", values.Format.Money(new MoneyValue(limit.Amount, limit.Currency, CurrencyDigits.Of(limit.Currency)))))
                    : null,
            }).ToList(),
            ["excludes"] = texts.Excludes.ToList(),
            ["outside"] = texts.Outside,
            ["replacement"] = texts.Replacement,
            ["verify"] = phrases.Fill("verify", ("provider", texts.Provider), ("number", content.Number), ("code", code)),
        };
    }

    private static Dictionary<string, object?> Span(string lang, string text) => new() { ["lang"] = lang, ["text"] = text };

    /// <summary>A parameter value as the language writes it: `20,000.00 元`, `2026年3月15日`, `5%`.</summary>
    private static string FormatValue(Input.CustomerValue value, Locale locale)
    {
        var parts = value.Text.Split(' ');
        switch (value.Type)
        {
            case "money" when parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount):
                return locale.Format.Money(new MoneyValue(amount, parts[1], CurrencyDigits.Of(parts[1])));
            case "date" when DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return locale.Format.Date(date);
            case "percent" when decimal.TryParse(value.Text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent):
                return locale.Format.Percent(new PercentValue(percent));
            case "number" when decimal.TryParse(value.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return locale.Format.Number(number);
            default:
                return value.Text;
        }
    }
}
