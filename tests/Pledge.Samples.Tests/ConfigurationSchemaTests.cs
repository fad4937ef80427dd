using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// schemas/pledge.schema.json (used by editors to validate and complete pledge.json) lists every rule
/// code and name of the catalogue. It is generated from the catalogue and kept as a baseline, so a new
/// rule shows up in it by running scripts/refresh-baselines.sh.
/// </summary>
public class ConfigurationSchemaTests
{
    [Fact]
    public void SchemaListsEveryRuleByCodeAndName() =>
        Baseline.Check(Path.Combine(SampleFolder.Root, "schemas", "pledge.schema.json"), Generate());

    [Fact]
    public void SchemaIsValidJsonWithTheLevels()
    {
        using var document = JsonDocument.Parse(Generate());
        var levels = document.RootElement.GetProperty("definitions").GetProperty("level").GetProperty("enum");
        Assert.Equal(["off", "info", "warning", "error"], levels.EnumerateArray().Select(e => e.GetString()));
    }

    private static string Generate()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Pledge project configuration (pledge.json)");
            json.WriteString("description", "Sets the level of each diagnostic for the .sla files in this folder and below (the nearest pledge.json wins). Generated from the diagnostic catalogue; see docs/diagnostics.md.");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteStartObject("rules");
            json.WriteString("description", "Rule levels by code (PLG3001) or by name (max-downtime-exceeds-availability).");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            foreach (var d in DiagnosticCatalogue.All)
            {
                Rule(json, d.Code, d);
                Rule(json, d.Name, d);
            }
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("definitions");
            json.WriteStartObject("level");
            json.WriteStartArray("enum");
            foreach (var level in new[] { "off", "info", "warning", "error" }) json.WriteStringValue(level);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Rule(Utf8JsonWriter json, string key, DiagnosticDescriptor d)
    {
        json.WriteStartObject(key);
        json.WriteString("$ref", "#/definitions/level");
        json.WriteString("description", $"{d.Code} {d.Name}: {d.Title} (default: {d.DefaultLevel.ToString().ToLowerInvariant()})");
        json.WriteEndObject();
    }
}
