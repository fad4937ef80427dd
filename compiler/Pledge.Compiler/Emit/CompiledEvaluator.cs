using Pledge.Runtime.Evaluation;

namespace Pledge.Compiler.Emit;

/// <summary>The compiled engine in one call: a contract's semantic model to a loaded evaluator, through a cache.</summary>
public static class CompiledEvaluator
{
    /// <exception cref="EmitException">the contract cannot be lowered or compiled.</exception>
    public static IContractEvaluator Load(SemanticModel model, EvaluatorCache? cache = null) =>
        (cache ?? EvaluatorCache.Default).GetOrLoad(EvaluatorEmitter.Emit(model));
}
