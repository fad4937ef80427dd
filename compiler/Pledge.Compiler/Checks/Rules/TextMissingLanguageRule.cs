using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG5001: a text with fewer strings than the file's `languages`, or with an empty one. The signed
/// document would print nothing in that language. Defined terms are checked by PLG5004 instead.
/// </summary>
public sealed class TextMissingLanguageRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.TextMissingLanguage;

    public override void Check(CheckContext context)
    {
        var languages = context.Model.Languages;
        if (languages.IsDefaultOrEmpty) return;
        var definitions = TextLanguages.Definitions(context.Tree);
        foreach (var text in TextLanguages.All(context.Tree))
        {
            if (definitions.Contains(text)) continue;
            var missing = TextLanguages.Missing(text, languages);
            if (missing.Count == 0) continue;
            var absent = missing.Where(m => m.Absent).Select(m => languages[m.Index]).ToList();
            var blank = missing.Where(m => !m.Absent).Select(m => languages[m.Index]).ToList();
            var parts = new List<string>();
            if (absent.Count > 0)
                parts.Add($"the text has {Strings(text.Parts.Count)} for the languages {TextLanguages.Tags(languages)}: {TextLanguages.Tags(absent)} {(absent.Count == 1 ? "is" : "are")} missing");
            if (blank.Count > 0)
                parts.Add($"the {TextLanguages.Tags(blank)} {(blank.Count == 1 ? "string is" : "strings are")} empty or a placeholder");
            var edit = TextLanguages.AppendPlaceholders(text, languages.Length);
            context.Report(text, string.Join("; ", parts),
                $"write the text in every language of the `languages` line, in its order, joined by `/`: {string.Join(" / ", languages.Select(l => $"\"…{l}…\""))}",
                edit is null ? null : new CodeFix($"add {(absent.Count == 1 ? "a placeholder" : "placeholders")} for {TextLanguages.Tags(absent)}", [edit], IsSafe: true));
        }
    }

    private static string Strings(int n) => n == 1 ? "1 string" : $"{n} strings";
}
