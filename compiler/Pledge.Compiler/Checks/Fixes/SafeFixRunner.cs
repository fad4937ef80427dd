using System.Collections.Immutable;

namespace Pledge.Compiler.Checks.Fixes;

/// <summary>
/// `pledge check --fix`: applies the safe fixes (those that cannot change what a contract means) to the
/// root files, re-checking after each round because one fix can make another possible, until nothing
/// is left to apply or a few rounds have passed. Returns the new texts; writing them is the caller's.
/// </summary>
public static class SafeFixRunner
{
    private const int MaxRounds = 5;

    public static FixResult Run(IReadOnlyList<string> rootPaths, ISourceProvider? provider = null)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var applied = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = rootPaths.Select(Path.GetFullPath).ToList();
        for (var round = 0; round < MaxRounds; round++)
        {
            var compilation = Compilation.Create(roots, new InMemorySourceProvider(texts, provider ?? FileSystemSourceProvider.Instance));
            var changed = false;
            foreach (var group in ContractAnalysis.Run(compilation)
                         .Where(d => d.Diagnostic.Fix is { IsSafe: true } && roots.Contains(d.Path, StringComparer.Ordinal))
                         .GroupBy(d => d.Path, StringComparer.Ordinal))
            {
                var source = group.First().Source;
                var (text, count) = FixApplier.Apply(source.Text, group.Select(d => d.Diagnostic.Fix!));
                if (count == 0 || text == source.Text) continue;
                texts[group.Key] = text;
                applied[group.Key] = applied.GetValueOrDefault(group.Key) + count;
                changed = true;
            }
            if (!changed) break;
        }
        return new FixResult(texts.ToImmutableDictionary(StringComparer.Ordinal), applied.ToImmutableDictionary(StringComparer.Ordinal));
    }
}

/// <summary>The new text of each file that changed, and how many fixes went into it.</summary>
public sealed record FixResult(ImmutableDictionary<string, string> Texts, ImmutableDictionary<string, int> Applied)
{
    public int Total => Applied.Values.Sum();
}
