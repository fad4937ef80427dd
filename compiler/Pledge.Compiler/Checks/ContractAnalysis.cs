using System.Collections.Immutable;
using Pledge.Compiler.Checks.Configuration;
using Pledge.Compiler.Checks.Suppressions;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Checks;

/// <summary>
/// Everything `pledge check`, the build and the editor report for a compilation: syntax and names,
/// then every rule of <see cref="RuleCatalog"/>, at the levels `pledge.json` sets, less what
/// `pledge-ignore` comments excuse. One rule failing on a file becomes one PLG9000 diagnostic;
/// the other rules still run.
/// </summary>
public static class ContractAnalysis
{
    public static ImmutableArray<FileDiagnostic> Run(Compilation compilation, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var configuration = options.Configuration ?? new ConfigurationLoader();
        var byFile = compilation.GetDiagnostics().ToLookup(d => d.Path, d => d.Diagnostic, StringComparer.Ordinal);
        var result = new List<FileDiagnostic>();
        var configurationProblems = new Dictionary<string, ImmutableArray<FileDiagnostic>>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var diagnostics = new List<Diagnostic>(byFile[tree.Path]);
            if (options.RunRules) diagnostics.AddRange(RunRules(compilation.GetSemanticModel(tree), options.Rules ?? RuleCatalog.All));
            var rules = tree.Path.Length == 0 ? RuleConfiguration.Default : configuration.For(tree.Path);
            if (rules.Path is not null) configurationProblems.TryAdd(rules.Path, rules.Problems);
            var leveled = diagnostics
                .Select(d => d.WithLevel(rules.LevelOf(d)))
                .Where(d => d.Level != DiagnosticLevel.Off)
                .ToList();
            result.AddRange(SuppressionFilter.Apply(tree, leveled).Select(d => new FileDiagnostic(tree.Source, d)));
        }
        result.AddRange(configurationProblems.Values.SelectMany(p => p));
        return
        [
            .. result.OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Diagnostic.Span.Start)
                .ThenBy(d => d.Diagnostic.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Diagnostic.Message, StringComparer.Ordinal),
        ];
    }

    /// <summary>The rules' own diagnostics for one file, before configuration and suppression.</summary>
    public static List<Diagnostic> RunRules(SemanticModel model, IEnumerable<CheckRule> rules)
    {
        var sink = new List<Diagnostic>();
        foreach (var rule in rules)
        {
            var before = sink.Count;
            try
            {
                rule.Check(new CheckContext(model, rule, sink));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                sink.RemoveRange(before, sink.Count - before);
                sink.Add(DiagnosticCatalogue.CheckCrashed(new Dsl.Text.TextSpan(0, 0), rule.Descriptor.Code, e));
            }
        }
        return sink;
    }
}

/// <summary>How to analyse: which rules, and where the levels come from.</summary>
public sealed record AnalysisOptions(bool RunRules = true, IReadOnlyList<CheckRule>? Rules = null, ConfigurationLoader? Configuration = null)
{
    public static readonly AnalysisOptions Default = new();
}
