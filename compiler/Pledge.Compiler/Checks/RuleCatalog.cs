using System.Collections.Immutable;
using System.Reflection;

namespace Pledge.Compiler.Checks;

/// <summary>Every rule of the compiler, in code order. Rules are found by type so that adding one is adding a file.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<ImmutableArray<CheckRule>> Rules = new(() =>
        typeof(CheckRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CheckRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (CheckRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)
            .ThenBy(r => r.GetType().Name, StringComparer.Ordinal)
            .ToImmutableArray());

    public static ImmutableArray<CheckRule> All => Rules.Value;
}
