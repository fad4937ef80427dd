namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// PLG5xxx: the languages of the bilingual texts agree: every text has one string per declared language,
/// defined terms exist in each, the strings state the same numbers, and imported libraries are written in
/// the importing contract's languages. The rules (compiler/Checks/Rules) build their messages.
/// </summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor TextMissingLanguage = new("PLG5001", "text-missing-language", DiagnosticLevel.Error, "Text missing a declared language");
    public static readonly DiagnosticDescriptor TextExtraString = new("PLG5002", "text-extra-string", DiagnosticLevel.Error, "Text with more strings than declared languages");
    public static readonly DiagnosticDescriptor TextNumbersDisagree = new("PLG5003", "text-numbers-disagree", DiagnosticLevel.Warning, "Languages of a text disagree on a number");
    public static readonly DiagnosticDescriptor TermInOneLanguage = new("PLG5004", "term-in-one-language", DiagnosticLevel.Error, "Term defined in one language only");
    public static readonly DiagnosticDescriptor ImportMissingLanguage = new("PLG5005", "import-missing-language", DiagnosticLevel.Error, "Imported file lacks a language of the contract");
}
