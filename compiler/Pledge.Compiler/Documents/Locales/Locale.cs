using System.Collections.Concurrent;
using System.Text.Json;

namespace Pledge.Compiler.Documents.Locales;

/// <summary>
/// One language's phrase file (templates/locales/TAG.json): the prose patterns for every item kind and the
/// words and patterns that format values. Entries are read by dotted path (`periods.month.per`); a missing
/// entry is an error, never an English fallback, so that a document is never silently half-translated.
/// </summary>
public sealed class Locale
{
    private readonly JsonElement _root;
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    private Locale(string tag, JsonElement root)
    {
        Tag = tag;
        _root = root;
        Name = Text("name");
        Format = new ValueFormatter(this);
    }

    /// <summary>The language tag, as the file is named: `zh-CN`, `en`, `ko`.</summary>
    public string Tag { get; }

    /// <summary>The language's own name for itself (`中文`, `English`, `한국어`).</summary>
    public string Name { get; }

    public ValueFormatter Format { get; }

    public static Locale Parse(string tag, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new Locale(tag, document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new LocaleException($"the phrase file of `{tag}` is not valid JSON: {e.Message}");
        }
    }

    /// <summary>The string at a dotted path.</summary>
    public string Text(string path) => _strings.GetOrAdd(path, p => Find(p) is { ValueKind: JsonValueKind.String } e
        ? e.GetString()!
        : throw new LocaleException($"the phrase file of `{Tag}` has no string `{p}`"));

    /// <summary>The string at a path, or null when the file has none there (optional entries).</summary>
    public string? TryText(string path) => Find(path) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    /// <summary>The strings of an array entry (month names, weekday names).</summary>
    public IReadOnlyList<string> List(string path) => Find(path) is { ValueKind: JsonValueKind.Array } e
        ? [.. e.EnumerateArray().Select(x => x.GetString() ?? "")]
        : throw new LocaleException($"the phrase file of `{Tag}` has no list `{path}`");

    /// <summary>A phrase pattern from `phrases`, filled with the arguments (see <see cref="PhraseTemplate"/>).</summary>
    public string Phrase(string key, params (string Name, string Value)[] arguments) =>
        PhraseTemplate.Fill(Text("phrases." + key), arguments, Tag);

    /// <summary>Any pattern at a path, filled.</summary>
    public string Fill(string path, params (string Name, string Value)[] arguments) => PhraseTemplate.Fill(Text(path), arguments, Tag);

    private JsonElement? Find(string path)
    {
        var current = _root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out var next)) return null;
            current = next;
        }
        return current;
    }
}
