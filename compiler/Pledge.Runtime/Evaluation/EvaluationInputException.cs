namespace Pledge.Runtime.Evaluation;

/// <summary>
/// The inputs cannot be evaluated against the contract: a parameter a remedy needs has no value, a period is
/// shorter than a clause's period, a currency does not match. A usage error, not a breach.
/// </summary>
public sealed class EvaluationInputException(string message) : Exception(message);
