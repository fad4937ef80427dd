using System.Text.Json;

namespace Pledge.LanguageServer.Protocol.Types;

public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public static class DiagnosticTag
{
    public const int Unnecessary = 1;
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(
    LspRange Range,
    int? Severity = null,
    string? Code = null,
    CodeDescription? CodeDescription = null,
    string? Source = null,
    string Message = "",
    List<int>? Tags = null,
    List<DiagnosticRelatedInformation>? RelatedInformation = null,
    JsonElement? Data = null);

public sealed record PublishDiagnosticsParams(string Uri, List<LspDiagnostic> Diagnostics, int? Version = null);
