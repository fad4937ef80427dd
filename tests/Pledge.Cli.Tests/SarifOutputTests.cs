using System.Text.Json;
using Pledge.Cli.Output;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Cli.Tests;

/// <summary>The SARIF log carries what the 2.1.0 schema requires and what code scanning reads.</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private JsonElement CheckAsSarif(string text)
    {
        _workspace.Write("合同/bad contract.sla", text);
        var run = _workspace.Run("check", ".", "--format", "sarif");
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Failure, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    [Fact]
    public void Log_has_the_required_top_level_fields()
    {
        var log = CheckAsSarif(Samples.UnterminatedString);

        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal(SarifDiagnosticWriter.SchemaUri, log.GetProperty("$schema").GetString());
        var runs = log.GetProperty("runs");
        Assert.Equal(1, runs.GetArrayLength());
        Assert.Equal("pledge", runs[0].GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
    }

    [Fact]
    public void Driver_has_a_rule_for_every_catalogue_code()
    {
        var rules = CheckAsSarif(Samples.Valid).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(DiagnosticCatalogue.All.Select(d => d.Code), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules.EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Equal(DiagnosticCatalogue.Find(id)!.Name, rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Equal($"docs/diagnostics.md#{id.ToLowerInvariant()}", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
        }
    }

    [Fact]
    public void Results_refer_to_existing_rules_and_locate_the_file()
    {
        var run = CheckAsSarif(Samples.UnterminatedString).GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results");

        Assert.NotEqual(0, results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));

            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            // The URI is relative and percent-encoded: CJK folder names and spaces must survive the round trip.
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Equal("%E5%90%88%E5%90%8C/bad%20contract.sla", uri);
            Assert.Equal("合同/bad contract.sla", Uri.UnescapeDataString(uri));
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
            Assert.True(region.GetProperty("endColumn").GetInt32() >= 1);
        }
    }
}
