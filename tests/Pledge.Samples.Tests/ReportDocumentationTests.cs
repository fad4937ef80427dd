using System.Text.Json;
using System.Text.RegularExpressions;
using Pledge.Cli;
using Pledge.Cli.Commands;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// docs/evaluation.md's field table of the JSON report against real reports, both ways: every documented field is
/// written (with the documented type), and every field written is documented. The reports are the example logs'
/// and one small contract that fills what they leave empty (an amount in another currency, a claim date, a note).
/// </summary>
public partial class ReportDocumentationTests
{
    private const string Heading = "## The report (JSON)";

    /// <summary>`pay` in another currency (otherTotals), `claim within` (claimUntil) and an outage still open (notes).</summary>
    private const string Gaps = """
        contract gaps "Gaps"

        languages en
        provider "Example Co."
        timezone "UTC"
        currency CNY

        clause uptime "Uptime" {
          availability 99.9% per month
          downtime from reported to restored
          remedy pay 500 USD per breach
          claim within 30 days after period end
        }

        """;

    private const string GapsLog = "id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km\n" +
                                   "X-1,,,,2026-10-30T00:00:00Z,2026-10-30T00:00:00Z,,,,,,\n";

    [GeneratedRegex(@"^\| `(?<path>[A-Za-z\[\]\.]+)` \| (?<type>[a-z ]+) \|")]
    private static partial Regex Row();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex DecimalText();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex Instant();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();

    private static Dictionary<string, string> Documented()
    {
        var lines = File.ReadAllLines(Path.Combine(SampleFolder.Root, "docs", "evaluation.md"));
        var start = Array.IndexOf(lines, Heading);
        Assert.True(start >= 0, $"docs/evaluation.md has no `{Heading}`");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
            if (Row().Match(line) is { Success: true } m)
                Assert.True(fields.TryAdd(m.Groups["path"].Value, m.Groups["type"].Value), $"`{m.Groups["path"].Value}` is documented twice");
        Assert.True(fields.Count > 20, "the field table was not found");
        return fields;
    }

    /// <summary>Every field path of the reports (array elements as `[]`) with each value it takes.</summary>
    private static Dictionary<string, List<JsonElement>> Written()
    {
        var reports = EvaluationReportBaselineTests.Logs
            .Select(row => EvaluationReportBaselineTests.Eval((string)row[1], (string)row[2], (string)row[3], (string?)row[4], "interpreted"))
            .Append(GapsReport());
        var fields = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (var json in reports)
        {
            using var document = JsonDocument.Parse(json);
            Collect(document.RootElement.Clone(), "", fields);
        }
        return fields;
    }

    private static void Collect(JsonElement element, string path, Dictionary<string, List<JsonElement>> fields)
    {
        if (path.Length > 0)
        {
            if (!fields.TryGetValue(path, out var values)) fields[path] = values = [];
            values.Add(element);
        }
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
                Collect(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            // Fields of objects in an array are `array[].field`; strings in an array are the array's own type.
            foreach (var item in element.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                Collect(item, path + "[]", fields);
        }
    }

    private static string GapsReport()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "report-documentation");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gaps.sla"), Gaps);
        File.WriteAllText(Path.Combine(folder, "gaps.csv"), GapsLog);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = EvalCommand.Run(new CliContext(stdout, stderr, folder, ColorSupported: false), "gaps.sla", "gaps.csv", "2026-10", [], [], "json", null, "interpreted");
        Assert.True(exit == 0, $"pledge eval gaps.sla exited {exit}: {stderr}");
        return stdout.ToString();
    }

    [Fact]
    public void Every_documented_field_is_written_and_every_written_field_is_documented()
    {
        var documented = Documented();
        var written = Written();
        Assert.Empty(documented.Keys.Except(written.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(written.Keys.Where(p => !p.EndsWith("[]", StringComparison.Ordinal)).Except(documented.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_written_value_has_its_documented_type()
    {
        var documented = Documented();
        foreach (var (path, values) in Written())
        {
            if (!documented.TryGetValue(path, out var type)) continue; // the other test names it
            foreach (var value in values)
                Assert.True(Fits(value, type), $"`{path}` is documented as {type} but is {value.GetRawText()}");
        }
    }

    /// <summary>Whether a value is of a type the table names (`decimal string or null`, `array of strings`, …).</summary>
    private static bool Fits(JsonElement value, string type)
    {
        const string orNull = " or null";
        if (type.EndsWith(orNull, StringComparison.Ordinal))
            return value.ValueKind == JsonValueKind.Null || Fits(value, type[..^orNull.Length]);
        return type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "decimal string" => value.ValueKind == JsonValueKind.String && DecimalText().IsMatch(value.GetString()!),
            "instant" => value.ValueKind == JsonValueKind.String && Instant().IsMatch(value.GetString()!),
            "date" => value.ValueKind == JsonValueKind.String && Date().IsMatch(value.GetString()!),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array of objects" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object),
            "array of strings" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
            _ => throw new Xunit.Sdk.XunitException($"docs/evaluation.md names an unknown type `{type}`"),
        };
    }
}
