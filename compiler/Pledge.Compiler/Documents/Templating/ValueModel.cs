using System.Collections;
using System.Globalization;
using System.Reflection;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Templating;

/// <summary>
/// Turns a document item (a record of typed values) into the plain data a template reads: objects become
/// dictionaries with camelCase keys in declaration order, enums camelCase words (`businessDay`,
/// `perIncident`), dates ISO strings (`2026-10-01`), numbers stay numbers, and a bilingual text becomes a
/// list of `{ lang, text }`. This is the `item` of docs/templates.md; it needs no upkeep when items change.
/// </summary>
public static class ValueModel
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string s => s,
        bool or int or long or decimal => value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => CamelCase(e.ToString()),
        LocalizedText t => Texts(t),
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => Record(value),
    };

    public static List<Dictionary<string, object?>> Texts(LocalizedText text) =>
        [.. text.Languages.Zip(text.Values, (lang, s) => new Dictionary<string, object?> { ["lang"] = lang, ["text"] = s })];

    private static Dictionary<string, object?> Record(object value)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (value is DocumentItem item)
        {
            result["kind"] = item.Kind;
            result["family"] = item.Family;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "EqualityContract" or "Kind" or "Family") continue;
            result[CamelCase(property.Name)] = From(property.GetValue(value));
        }
        return result;
    }

    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
