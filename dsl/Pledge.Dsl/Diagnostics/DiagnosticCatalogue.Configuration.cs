using Pledge.Dsl.Text;

namespace Pledge.Dsl.Diagnostics;

/// <summary>PLG9xxx: problems with the checks' own configuration (pledge.json, pledge-ignore comments).</summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor InternalError = new("PLG9000", "internal-error", DiagnosticLevel.Error, "Internal error in a check");
    public static readonly DiagnosticDescriptor UnknownRuleInConfiguration = new("PLG9001", "unknown-rule", DiagnosticLevel.Warning, "Unknown rule in pledge.json");
    public static readonly DiagnosticDescriptor InvalidRuleLevel = new("PLG9002", "invalid-rule-level", DiagnosticLevel.Error, "Invalid level in pledge.json");
    public static readonly DiagnosticDescriptor MalformedConfiguration = new("PLG9003", "malformed-configuration", DiagnosticLevel.Error, "Malformed pledge.json");
    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new("PLG9004", "suppression-without-reason", DiagnosticLevel.Warning, "Suppression without a reason");
    public static readonly DiagnosticDescriptor UnusedSuppression = new("PLG9005", "unused-suppression", DiagnosticLevel.Warning, "Suppression that suppresses nothing");
    public static readonly DiagnosticDescriptor UnknownSuppressedCode = new("PLG9006", "unknown-suppressed-code", DiagnosticLevel.Warning, "Unknown code in a suppression");

    public static Diagnostic CheckCrashed(TextSpan span, string code, Exception exception) =>
        Make(InternalError, span, $"the check {code} failed on this file: {exception.GetType().Name}: {exception.Message}",
            "this is a bug in Pledge; please report it with the file. Other checks still ran");

    public static Diagnostic UnknownRule(TextSpan span, string key) =>
        Make(UnknownRuleInConfiguration, span, $"`{key}` is not a rule code or name",
            "use a code such as `PLG3001` or a name such as `unused-declaration` (see docs/diagnostics.md)");

    public static Diagnostic BadRuleLevel(TextSpan span, string key, string level) =>
        Make(InvalidRuleLevel, span, $"`{level}` is not a level for `{key}`", "use `off`, `info`, `warning` or `error`");

    public static Diagnostic BadConfiguration(TextSpan span, string reason) =>
        Make(MalformedConfiguration, span, $"pledge.json cannot be read: {reason}",
            "pledge.json is a JSON object such as `{ \"rules\": { \"PLG2016\": \"off\" } }`");

    public static Diagnostic SuppressionNeedsReason(TextSpan span, string code) =>
        Make(SuppressionWithoutReason, span, $"the suppression of `{code}` gives no reason",
            $"say why after the code: `// pledge-ignore {code} the customer accepted this in writing`");

    /// <param name="removal">the text to delete to remove the comment: its whole line when it stands alone.</param>
    public static Diagnostic SuppressionUnused(TextSpan span, string code, TextSpan removal) =>
        Make(UnusedSuppression, span, $"`{code}` is not reported on the next line, so this suppression does nothing",
            "remove the comment, or move it to the line before the one it is about",
            CodeFix.Replace("remove the suppression", removal, "", isSafe: true));

    public static Diagnostic SuppressedCodeUnknown(TextSpan span, string code) =>
        Make(UnknownSuppressedCode, span, $"`{code}` is not a diagnostic code", "use a code such as `PLG3001` (see docs/diagnostics.md)");

    public static Diagnostic SuppressionWithoutCode(TextSpan span) =>
        Make(UnknownSuppressedCode, span, "the suppression names no code",
            "write the code and the reason: `// pledge-ignore PLG3001 the customer accepted this in writing`");
}
