using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>The bilingual texts of a file, and which of their strings are still untranslated. Shared by PLG5001–PLG5004.</summary>
internal static class TextLanguages
{
    /// <summary>What the placeholder fix writes for a missing string: reported as untranslated until replaced.</summary>
    public const string Placeholder = "…";

    /// <summary>Every text of the file, in source order.</summary>
    public static IReadOnlyList<TextSyntax> All(SyntaxTree tree) =>
        Texts.GetValue(tree, t => [.. t.Nodes.OfType<TextSyntax>().Where(x => x.Parts.Count > 0)]);

    /// <summary>Four rules read every text of a file: the list is made once per tree.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, List<TextSyntax>> Texts = new();

    /// <summary>The texts of `define` items (the term and the definition), which PLG5004 checks instead of PLG5001.</summary>
    public static HashSet<TextSyntax> Definitions(SyntaxTree tree) =>
        DefinitionTexts.GetValue(tree, t => new HashSet<TextSyntax>(
            t.Nodes.OfType<DefineItemSyntax>().SelectMany(d => new[] { d.Term, d.Definition }), ReferenceEqualityComparer.Instance));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, HashSet<TextSyntax>> DefinitionTexts = new();

    /// <summary>An empty string, or the placeholder the fix writes: the language is there in form only.</summary>
    public static bool IsBlank(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || trimmed is Placeholder or "...";
    }

    /// <summary>The languages whose string is absent or blank, when some other language has a real one.</summary>
    public static List<(int Index, bool Absent)> Missing(TextSyntax text, IReadOnlyList<string> languages)
    {
        var values = text.Values;
        if (!values.Any(v => !IsBlank(v))) return [];
        var missing = new List<(int, bool)>();
        for (var i = 0; i < languages.Count; i++)
        {
            if (i >= values.Length) missing.Add((i, true));
            else if (IsBlank(values[i])) missing.Add((i, false));
        }
        return missing;
    }

    /// <summary>The edit that appends placeholders for the strings a text lacks, or null when it lacks none.</summary>
    public static Dsl.Diagnostics.TextEdit? AppendPlaceholders(TextSyntax text, int languageCount)
    {
        var absent = languageCount - text.Parts.Count;
        if (absent <= 0) return null;
        return new Dsl.Diagnostics.TextEdit(new Dsl.Text.TextSpan(text.Span.End, 0),
            string.Concat(Enumerable.Repeat($" / \"{Placeholder}\"", absent)));
    }

    public static string Tags(IEnumerable<string> tags) => string.Join(", ", tags.Select(t => $"`{t}`"));
}
