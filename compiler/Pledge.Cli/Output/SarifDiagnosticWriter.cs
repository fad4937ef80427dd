using System.Text.Json;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Cli.Output;

/// <summary>
/// SARIF 2.1.0, the format GitHub code scanning and IDE result viewers import. One run whose driver lists a rule
/// for every code of the catalogue (not only the codes that occurred), so viewers can show every rule's help.
/// Regions use 1-based UTF-16 columns with an exclusive end column, declared by <c>columnKind</c>.
/// </summary>
public sealed class SarifDiagnosticWriter : IDiagnosticWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string HelpDocument = "docs/diagnostics.md";

    public void Write(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount)
    {
        var rules = DiagnosticCatalogue.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(p => p.Code, p => p.index);

        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "pledge");
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, ruleIndex);
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static string Level(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteString("helpUri", $"{HelpDocument}#{rule.DocsAnchor}");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultLevel));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Family);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedDiagnostic d, Dictionary<string, int> ruleIndex)
    {
        var uri = PathDisplay.ToUri(d.File);
        json.WriteStartObject();
        json.WriteString("ruleId", d.Diagnostic.Code);
        if (ruleIndex.TryGetValue(d.Diagnostic.Code, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(d.Diagnostic.Level));
        json.WriteStartObject("message");
        // SARIF has no separate hint field; the help sentence belongs with the message a viewer shows.
        json.WriteString("text", string.IsNullOrEmpty(d.Diagnostic.Hint) ? d.Diagnostic.Message : $"{d.Diagnostic.Message}. help: {d.Diagnostic.Hint}");
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        WriteRegion(json, "region", d.Line, d.Column, d.EndLine, d.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (d.Diagnostic.Fix is { } fix) WriteFix(json, d, fix, uri);
        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, ReportedDiagnostic d, CodeFix fix, string uri)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", fix.Title);
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifact(json, uri);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            var (line, column) = d.PositionOf(edit.Span.Start);
            var (endLine, endColumn) = d.PositionOf(edit.Span.End);
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", line, column, endLine, endColumn);
            json.WriteStartObject("insertedContent");
            json.WriteString("text", edit.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        // Relative URIs are resolved against the folder pledge ran in, which code scanning calls %SRCROOT%.
        if (!uri.StartsWith("file:", StringComparison.Ordinal)) json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, int line, int column, int endLine, int endColumn)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
    }

    private static string ToolVersion()
    {
        var version = typeof(SarifDiagnosticWriter).Assembly.GetName().Version ?? new Version(0, 0, 0);
        return $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
