using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pledge.Compiler.Emit;

/// <summary>
/// What an evaluator is compiled against, and nothing more: the runtime (Pledge.Runtime and NodaTime, whose types its
/// API speaks) and the few framework assemblies the emitted code needs (core types, generic and immutable
/// collections). File, network, process and reflection APIs are not referenced at all, and
/// <see cref="EmittedCodePolicy"/> checks every symbol the code binds to.
/// </summary>
internal static class EvaluatorReferences
{
    private static readonly string[] FrameworkAssemblies =
        ["System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Collections.Immutable",
            // Only for overload resolution: NodaTime's Duration.FromNanoseconds has a BigInteger overload (the policy keeps BigInteger out).
            "System.Runtime.Numerics"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> Get() => All.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        // The running framework's own assemblies (beside System.Private.CoreLib): a machine that runs Pledge may have no targeting pack.
        var framework = Path.GetDirectoryName(LocationOf(typeof(object).Assembly))!;
        var paths = new List<string>();
        foreach (var name in FrameworkAssemblies)
        {
            var path = Path.Combine(framework, name + ".dll");
            paths.Add(File.Exists(path) ? path : throw new EmitException($"the framework assembly {name} was not found in {framework}"));
        }
        paths.Add(LocationOf(typeof(Runtime.Evaluation.IContractEvaluator).Assembly));
        paths.Add(LocationOf(typeof(NodaTime.Instant).Assembly));
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static string LocationOf(System.Reflection.Assembly assembly) =>
        assembly.Location is { Length: > 0 } location
            ? location
            : throw new EmitException($"{assembly.GetName().Name} has no file on disk to compile against (single-file publishing is not supported for compiled evaluators)");
}
