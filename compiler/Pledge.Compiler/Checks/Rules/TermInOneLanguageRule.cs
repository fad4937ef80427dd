using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG5004: a `define` whose term or definition lacks a declared language (too few strings, or an empty
/// one). A defined term decides how the rest of the clause is read; in the language without it the
/// contract uses a word it never defines.
/// </summary>
public sealed class TermInOneLanguageRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.TermInOneLanguage;

    public override void Check(CheckContext context)
    {
        var languages = context.Model.Languages;
        if (languages.IsDefaultOrEmpty || languages.Length < 2) return;
        foreach (var define in context.Tree.Nodes.OfType<DefineItemSyntax>())
        {
            if (define.Term.Parts.Count == 0 || define.Definition.Parts.Count == 0) continue;
            var lacking = new SortedSet<int>();
            foreach (var (index, _) in TextLanguages.Missing(define.Term, languages)) lacking.Add(index);
            foreach (var (index, _) in TextLanguages.Missing(define.Definition, languages)) lacking.Add(index);
            if (lacking.Count == 0) continue;

            var present = Enumerable.Range(0, languages.Length).Where(i => !lacking.Contains(i)).Select(i => languages[i]).ToList();
            var term = define.Term.Values.FirstOrDefault(v => !TextLanguages.IsBlank(v)) ?? "";
            var missing = lacking.Select(i => languages[i]).ToList();
            var edits = new[] { TextLanguages.AppendPlaceholders(define.Term, languages.Length), TextLanguages.AppendPlaceholders(define.Definition, languages.Length) }
                .OfType<TextEdit>().ToList();
            var termLacks = TextLanguages.Missing(define.Term, languages).Any(m => lacking.Contains(m.Index));
            var definitionLacks = TextLanguages.Missing(define.Definition, languages).Any(m => lacking.Contains(m.Index));
            var what = (termLacks, definitionLacks) switch
            {
                (true, true) => "term and definition",
                (true, false) => "term",
                _ => "definition",
            };
            var verb = termLacks && definitionLacks || missing.Count > 1 ? "are" : "is";
            context.Report(define,
                present.Count > 0
                    ? $"the term `{term}` is defined in {TextLanguages.Tags(present)} only: its {what} in {TextLanguages.Tags(missing)} {verb} missing"
                    : $"the term `{term}` is not defined in every language: {TextLanguages.Tags(missing)} {(missing.Count == 1 ? "lacks" : "lack")} its {what}",
                $"write both the term and its definition in every language: `define \"…\" / \"…\" : \"…\" / \"…\"`",
                edits.Count == 0 ? null : new CodeFix($"add placeholders for {TextLanguages.Tags(missing)}", [.. edits], IsSafe: true));
        }
    }
}
