using System.Collections.Concurrent;
using System.Reflection;
using Pledge.Compiler.Documents.Locales;

namespace Pledge.Compiler.Documents.Templating;

/// <summary>
/// The bundled templates: the repository's templates/ folder, embedded in the compiler at build time
/// (`Pledge.Templates/…` resources), so that rendering reads no files. Locales are parsed once per process.
/// </summary>
public static class TemplateSet
{
    private const string Prefix = "Pledge.Templates/";
    private static readonly Assembly Assembly = typeof(TemplateSet).Assembly;
    private static readonly ConcurrentDictionary<string, Locale> Locales = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The main contract template.</summary>
    public static string ContractTemplate => Read("contract.html.hbs");

    /// <summary>The print stylesheet (A4, running header, page numbers, page breaks).</summary>
    public static string PrintCss => Read("print.css");

    /// <summary>Partials by name (`matrix` for partials/matrix.hbs), sorted by name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Partials { get; } =
    [
        .. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "partials/", StringComparison.Ordinal) && n.EndsWith(".hbs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n[(Prefix.Length + "partials/".Length)..]), Read(n[Prefix.Length..]))),
    ];

    /// <summary>The language tags that have a phrase file: `en`, `ko`, `zh-CN`.</summary>
    public static IReadOnlyList<string> LocaleTags { get; } =
    [
        .. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "locales/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Path.GetFileNameWithoutExtension(n[(Prefix.Length + "locales/".Length)..]))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The locale of a tag (matched case-insensitively), or null when there is no phrase file for it.</summary>
    public static Locale? FindLocale(string tag)
    {
        var known = LocaleTags.FirstOrDefault(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        return known is null ? null : Locales.GetOrAdd(known, k => Locale.Parse(k, Read($"locales/{k}.json")));
    }

    /// <exception cref="LocaleException">there is no phrase file for the tag.</exception>
    public static Locale GetLocale(string tag) => FindLocale(tag)
        ?? throw new LocaleException($"there is no phrase file for `{tag}` (there are: {string.Join(", ", LocaleTags)})");

    private static string Read(string relative)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + relative)
            ?? throw new InvalidOperationException($"the template `{relative}` is not embedded in the compiler");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
