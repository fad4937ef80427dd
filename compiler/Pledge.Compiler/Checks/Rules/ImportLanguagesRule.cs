using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG5005: an imported file whose own `languages` lacks a language of the importing file. Its texts are
/// matched to the contract's by language tag, so its causes, severities and calendars would have no words
/// in that language of the document. A file without its own `languages` writes in its importer's, and is
/// checked by PLG5001 instead.
/// </summary>
public sealed class ImportLanguagesRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.ImportMissingLanguage;

    public override void Check(CheckContext context)
    {
        var languages = context.Model.Languages;
        if (languages.IsDefaultOrEmpty) return;
        var directory = Path.GetDirectoryName(context.Tree.Path) ?? "";
        foreach (var import in context.Tree.Root.Declarations.OfType<ImportDeclarationSyntax>())
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(Path.Combine(directory, import.Path.Value));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue;
            }
            if (context.Model.Compilation.GetSyntaxTree(fullPath) is not { } imported) continue;
            if (!imported.Root.Declarations.OfType<LanguagesDeclarationSyntax>().Any()) continue;
            var own = context.Model.Compilation.GetSemanticModel(imported).Languages;
            var lacking = languages.Where(l => !own.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
            if (lacking.Count == 0) continue;
            context.Report(import.Path,
                $"`{import.Path.Value}` is written in {TextLanguages.Tags(own)}, but this file is in {TextLanguages.Tags(languages)}: its texts have no {TextLanguages.Tags(lacking)}",
                $"add {TextLanguages.Tags(lacking)} to the `languages` of `{import.Path.Value}` and translate its texts, or remove the language from this file");
        }
    }
}
