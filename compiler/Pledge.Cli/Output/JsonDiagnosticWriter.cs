using System.Text.Json;

namespace Pledge.Cli.Output;

/// <summary>
/// A JSON array with one object per diagnostic, properties always present and always in this order (a stable
/// contract for scripts; documented in docs/cli.md): file, line, column, endLine, endColumn, code, name, severity,
/// message, hint (or null), fix (or null: { title, safe, edits: [{ line, column, endLine, endColumn, newText }] }).
/// </summary>
public sealed class JsonDiagnosticWriter : IDiagnosticWriter
{
    public void Write(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, int fileCount) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var d in diagnostics) WriteOne(json, d);
            json.WriteEndArray();
        });

    private static void WriteOne(Utf8JsonWriter json, ReportedDiagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteNumber("endLine", d.EndLine);
        json.WriteNumber("endColumn", d.EndColumn);
        json.WriteString("code", d.Diagnostic.Code);
        json.WriteString("name", d.Diagnostic.Descriptor.Name);
        json.WriteString("severity", d.Severity);
        json.WriteString("message", d.Diagnostic.Message);
        json.WriteString("hint", d.Diagnostic.Hint);
        json.WritePropertyName("fix");
        if (d.Diagnostic.Fix is { } fix)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteBoolean("safe", fix.IsSafe);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                var (line, column) = d.PositionOf(edit.Span.Start);
                var (endLine, endColumn) = d.PositionOf(edit.Span.End);
                json.WriteStartObject();
                json.WriteNumber("line", line);
                json.WriteNumber("column", column);
                json.WriteNumber("endLine", endLine);
                json.WriteNumber("endColumn", endColumn);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }
        json.WriteEndObject();
    }
}
