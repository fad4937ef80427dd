using Pledge.Compiler;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Evaluation;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// The engine `pledge/evaluate` uses: the one `pledge eval` uses by default, the compiled evaluator (Roslyn, cached
/// by content hash in the same cache as the CLI's, so an unchanged contract is compiled once per machine). Both
/// engines give the same report (the compiler's differential tests hold them to it); should the compiled one fail
/// to lower or compile a contract, the reference interpreter answers instead and the failure is logged.
/// </summary>
public static class ContractEvaluators
{
    public static IContractEvaluator Load(SemanticModel model, Action<string> log)
    {
        try
        {
            return CompiledEvaluator.Load(model);
        }
        catch (EmitException e)
        {
            log($"the compiled evaluator is not available for this contract ({e.Message}); evaluating with the interpreter");
            return new ContractInterpreter(model);
        }
    }
}
