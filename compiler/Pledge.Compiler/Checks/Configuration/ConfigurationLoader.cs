using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Configuration;

/// <summary>
/// Finds the `pledge.json` that governs a file by walking up from its folder (the nearest wins, as with
/// .editorconfig without cascading), reads it once per run, and turns names into codes.
/// </summary>
public sealed class ConfigurationLoader
{
    public const string FileName = "pledge.json";

    private readonly ConcurrentDictionary<string, RuleConfiguration> _byDirectory = new(StringComparer.Ordinal);

    public RuleConfiguration For(string sourcePath)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(sourcePath));
        return directory is null ? RuleConfiguration.Default : ForDirectory(directory);
    }

    private RuleConfiguration ForDirectory(string directory) =>
        _byDirectory.GetOrAdd(directory, d =>
        {
            var candidate = System.IO.Path.Combine(d, FileName);
            if (File.Exists(candidate)) return Read(candidate);
            var parent = System.IO.Path.GetDirectoryName(d);
            return parent is null ? RuleConfiguration.Default : ForDirectory(parent);
        });

    public static RuleConfiguration Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var empty = new SourceText(path, "");
            return new RuleConfiguration(path, ImmutableDictionary<string, DiagnosticLevel>.Empty,
                [new FileDiagnostic(empty, DiagnosticCatalogue.BadConfiguration(new TextSpan(0, 0), e.Message))]);
        }
        return Parse(new SourceText(path, text));
    }

    public static RuleConfiguration Parse(SourceText source)
    {
        var levels = ImmutableDictionary.CreateBuilder<string, DiagnosticLevel>(StringComparer.Ordinal);
        var problems = new List<FileDiagnostic>();
        void Problem(Diagnostic d) => problems.Add(new FileDiagnostic(source, d));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            // .NET's messages speak of payloads and depths; a legal author needs where, not why.
            var line = (int)(e.LineNumber ?? 0);
            var column = (int)(e.BytePositionInLine ?? 0);
            var offset = source.Lines.GetOffset(new LinePosition(line, column));
            Problem(DiagnosticCatalogue.BadConfiguration(new TextSpan(offset, 0), $"it is not valid JSON at line {line + 1}, column {column + 1}"));
            return new RuleConfiguration(source.Path, levels.ToImmutable(), [.. problems]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Problem(DiagnosticCatalogue.BadConfiguration(new TextSpan(0, source.Text.Length), "the top level is not an object"));
            }
            else if (document.RootElement.TryGetProperty("rules", out var rules))
            {
                if (rules.ValueKind != JsonValueKind.Object)
                    Problem(DiagnosticCatalogue.BadConfiguration(Locate(source, "\"rules\""), "`rules` is not an object"));
                else
                    foreach (var rule in rules.EnumerateObject())
                        ReadRule(source, rule, levels, Problem);
            }
        }
        return new RuleConfiguration(source.Path, levels.ToImmutable(), [.. problems]);
    }

    private static void ReadRule(SourceText source, JsonProperty rule, ImmutableDictionary<string, DiagnosticLevel>.Builder levels, Action<Diagnostic> problem)
    {
        var span = Locate(source, JsonSerializer.Serialize(rule.Name));
        var descriptor = DiagnosticCatalogue.Find(rule.Name);
        if (descriptor is null)
        {
            problem(DiagnosticCatalogue.UnknownRule(span, rule.Name));
            return;
        }
        var text = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString()! : rule.Value.GetRawText();
        DiagnosticLevel? level = text.ToLowerInvariant() switch
        {
            "off" or "none" => DiagnosticLevel.Off,
            "info" => DiagnosticLevel.Info,
            "warning" => DiagnosticLevel.Warning,
            "error" => DiagnosticLevel.Error,
            _ => null,
        };
        if (level is null) problem(DiagnosticCatalogue.BadRuleLevel(LocateValue(source, span, rule.Value.GetRawText()), rule.Name, text));
        else levels[descriptor.Code] = level.Value;
    }

    /// <summary>The value written after a key (the part of a bad level that is wrong), or the key when not found.</summary>
    private static TextSpan LocateValue(SourceText source, TextSpan key, string raw)
    {
        var index = source.Text.IndexOf(raw, key.End, StringComparison.Ordinal);
        return index < 0 ? key : new TextSpan(index, raw.Length);
    }

    /// <summary>The span of the first occurrence of a key, for pointing at it (JsonDocument keeps no positions).</summary>
    private static TextSpan Locate(SourceText source, string quoted)
    {
        var index = source.Text.IndexOf(quoted, StringComparison.Ordinal);
        return index < 0 ? new TextSpan(0, 0) : new TextSpan(index, quoted.Length);
    }

}
