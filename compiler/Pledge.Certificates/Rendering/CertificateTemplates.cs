using System.Collections.Concurrent;
using System.Reflection;
using Pledge.Compiler.Documents.Locales;
using Pledge.Compiler.Documents.Templating;

namespace Pledge.Certificates.Rendering;

/// <summary>
/// The bundled certificate template, its stylesheet and its phrase files (templates/certificate.html.hbs,
/// certificate.css, certificate-locales/TAG.json), embedded in this assembly so that issuing reads no files.
/// The phrases are read with the contract document's <see cref="Locale"/>: a missing entry is an error, never
/// an English fallback.
/// </summary>
public static class CertificateTemplates
{
    private const string Prefix = "Pledge.Certificates/";
    private static readonly Assembly Assembly = typeof(CertificateTemplates).Assembly;
    private static readonly ConcurrentDictionary<string, Locale> Phrases = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<string> Css = new(() => TemplateSet.PrintCss + "\n" + Read("certificate.css"));

    public static string Template => Read("certificate.html.hbs");

    /// <summary>The contract's print stylesheet (fonts, grids) followed by the certificate's own.</summary>
    public static string Stylesheet => Css.Value;

    /// <exception cref="LocaleException">there is no certificate phrase file for the tag.</exception>
    public static Locale GetPhrases(string tag) => Phrases.GetOrAdd(tag, t =>
    {
        var stream = Assembly.GetManifestResourceStream($"{Prefix}locales/{t}.json")
            ?? throw new LocaleException($"there is no certificate phrase file for `{t}` (templates/certificate-locales/{t}.json)");
        using var reader = new StreamReader(stream);
        return Locale.Parse(t, reader.ReadToEnd());
    });

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"`{name}` is not embedded in Pledge.Certificates");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
