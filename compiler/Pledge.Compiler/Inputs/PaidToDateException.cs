namespace Pledge.Compiler.Inputs;

/// <summary>An amount paid to date that cannot be used: one sentence, which the CLI and the language server show as it is.</summary>
public sealed class PaidToDateException(string message) : Exception(message);
