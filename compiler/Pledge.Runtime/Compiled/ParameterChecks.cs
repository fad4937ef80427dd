using Pledge.Runtime.Evaluation;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The money parameters a contract's remedies need, checked before any clause is evaluated so that a missing
/// value is one usage error naming every problem (the emitter lists each parameter once, in clause order).
/// </summary>
public static class ParameterChecks
{
    public static void Check(EvaluationInput input, List<string> problems, string clause, string parameter)
    {
        if (!input.Parameters.TryGetValue(parameter, out var value))
            problems.Add($"the remedies of `{clause}` need the parameter `{parameter}` (money): give it with --param {parameter}=\"AMOUNT CURRENCY\"");
        else if (value is not MoneyParameter)
            problems.Add($"the parameter `{parameter}` is money, but its value is `{value.Describe()}`");
    }

    public static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0) throw new EvaluationInputException(string.Join("; ", problems));
    }
}
