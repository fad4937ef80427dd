namespace Pledge.Compiler.Emit;

/// <summary>
/// The contract cannot be lowered to C#: it has no `contract` header, or a name it uses did not resolve (a contract
/// with errors is not evaluated by either engine), or the emitted code failed to compile or broke the policy.
/// </summary>
public sealed class EmitException(string message) : Exception(message);
