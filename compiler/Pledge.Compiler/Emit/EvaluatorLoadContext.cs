using System.Reflection;
using System.Runtime.Loader;

namespace Pledge.Compiler.Emit;

/// <summary>
/// A collectible context for one evaluator assembly. It loads nothing itself: Pledge.Runtime and NodaTime resolve to
/// the host's copies, so the evaluator's <c>IContractEvaluator</c> and report types are the caller's. Unloading it
/// (when nothing references the evaluator any more) frees the code.
/// </summary>
internal sealed class EvaluatorLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
