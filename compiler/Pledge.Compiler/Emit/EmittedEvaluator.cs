namespace Pledge.Compiler.Emit;

/// <summary>The C# of one contract's evaluator: its source, and the full name of the class that implements IContractEvaluator.</summary>
public sealed record EmittedEvaluator(string ContractName, string Namespace, string ClassName, string Source)
{
    public string FullClassName => $"{Namespace}.{ClassName}";
}
