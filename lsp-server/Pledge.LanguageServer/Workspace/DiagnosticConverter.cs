using System.Text.RegularExpressions;
using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// A compiler diagnostic as LSP shows it: the code linked to its entry in docs/diagnostics.md, the level as a
/// severity, the hint after the message, unused declarations faded, and the places a message mentions
/// (`at 3:7`, ``at `common.sla` 3:7``) as related information.
/// </summary>
public static partial class DiagnosticConverter
{
    public const string Source = "pledge";

    [GeneratedRegex(@"at (?:`(?<file>[^`]+)` )?(?<line>\d+):(?<col>\d+)")]
    private static partial Regex MentionedLocation();

    public static LspDiagnostic Convert(FileDiagnostic fileDiagnostic, string? docsUrl, Func<string, string> uriOf)
    {
        var d = fileDiagnostic.Diagnostic;
        var message = d.Hint is { Length: > 0 } hint ? $"{d.Message}\nhelp: {hint}" : d.Message;
        return new LspDiagnostic(
            Range: Ranges.Of(fileDiagnostic.Source.Lines, d.Span),
            Severity: SeverityOf(d.Level),
            Code: d.Code,
            CodeDescription: docsUrl is null ? null : new CodeDescription($"{docsUrl}#{d.Descriptor.DocsAnchor}"),
            Source: Source,
            Message: message,
            Tags: d.Descriptor == DiagnosticCatalogue.UnusedDeclaration ? [DiagnosticTag.Unnecessary] : null,
            RelatedInformation: Related(fileDiagnostic, uriOf));
    }

    public static int SeverityOf(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };

    private static List<DiagnosticRelatedInformation>? Related(FileDiagnostic fileDiagnostic, Func<string, string> uriOf)
    {
        List<DiagnosticRelatedInformation>? result = null;
        foreach (Match match in MentionedLocation().Matches(fileDiagnostic.Diagnostic.Message))
        {
            var path = fileDiagnostic.Path;
            if (match.Groups["file"].Success)
            {
                var directory = Path.GetDirectoryName(path) ?? "";
                path = Path.GetFullPath(Path.Combine(directory, match.Groups["file"].Value));
            }
            var line = int.Parse(match.Groups["line"].Value) - 1;
            var column = int.Parse(match.Groups["col"].Value) - 1;
            var at = new Position(line, column);
            (result ??= []).Add(new DiagnosticRelatedInformation(new Location(uriOf(path), new LspRange(at, at)), "mentioned here"));
        }
        return result;
    }
}
