using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// A bilingual text with the languages of the file that wrote it: strings are matched to languages
/// by position there, and to other files (an importing contract) by language tag.
/// </summary>
public sealed class LocalizedText(ImmutableArray<string> values, ImmutableArray<string> languages, TextSyntax syntax)
{
    /// <summary>The strings as written, in the order of the declaring file's `languages` line.</summary>
    public ImmutableArray<string> Values { get; } = values;

    /// <summary>The declaring file's effective languages.</summary>
    public ImmutableArray<string> Languages { get; } = languages;

    public TextSyntax Syntax { get; } = syntax;

    /// <summary>The string for a language tag (compared case-insensitively), or null when the text lacks it.</summary>
    public string? Get(string languageTag)
    {
        for (var i = 0; i < Languages.Length && i < Values.Length; i++)
            if (string.Equals(Languages[i], languageTag, StringComparison.OrdinalIgnoreCase)) return Values[i];
        return null;
    }

    /// <summary>The first string: what a single-language view shows.</summary>
    public string Primary => Values.IsDefaultOrEmpty ? "" : Values[0];

    public override string ToString() => string.Join(" / ", Values.Select(v => $"\"{v}\""));
}
