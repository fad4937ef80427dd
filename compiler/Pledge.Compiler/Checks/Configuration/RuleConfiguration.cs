using System.Collections.Immutable;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Configuration;

/// <summary>
/// The rule levels a `pledge.json` sets, by code. Codes it does not name keep their default level.
/// <see cref="Problems"/> are the configuration's own diagnostics, reported on the pledge.json file.
/// </summary>
public sealed class RuleConfiguration(string? path, ImmutableDictionary<string, DiagnosticLevel> levels, ImmutableArray<FileDiagnostic> problems)
{
    public static readonly RuleConfiguration Default = new(null, ImmutableDictionary<string, DiagnosticLevel>.Empty, []);

    /// <summary>The pledge.json this came from, or null for the defaults.</summary>
    public string? Path { get; } = path;

    public ImmutableDictionary<string, DiagnosticLevel> Levels { get; } = levels;

    public ImmutableArray<FileDiagnostic> Problems { get; } = problems;

    public DiagnosticLevel LevelOf(Diagnostic diagnostic) =>
        Levels.TryGetValue(diagnostic.Code, out var level) ? level : diagnostic.Level;
}
