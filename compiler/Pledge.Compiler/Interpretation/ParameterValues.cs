using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;

namespace Pledge.Compiler.Interpretation;

/// <summary>The money parameters remedies take shares of, read from the input.</summary>
internal static class ParameterValues
{
    /// <summary>The parameters the remedies of <paramref name="clauses"/> need that the input lacks or gives with another type.</summary>
    public static IEnumerable<string> Problems(IEnumerable<ClauseSymbol> clauses, EvaluationInput input)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
            foreach (var remedy in clause.Remedies)
                foreach (var parameter in Needed(remedy))
                {
                    if (!seen.Add(parameter.Name)) continue;
                    if (!input.Parameters.TryGetValue(parameter.Name, out var value))
                        yield return $"the remedies of `{clause.Name}` need the parameter `{parameter.Name}` (money): give it with --param {parameter.Name}=\"AMOUNT CURRENCY\"";
                    else if (value is not MoneyParameter)
                        yield return $"the parameter `{parameter.Name}` is money, but its value is `{value.Describe()}`";
                }
    }

    public static Money MoneyOf(ParameterSymbol parameter, EvaluationInput input) =>
        input.Parameters.TryGetValue(parameter.Name, out var value) && value is MoneyParameter money
            ? money.Value
            : throw new EvaluationInputException($"the parameter `{parameter.Name}` has no money value");

    private static IEnumerable<ParameterSymbol> Needed(Remedy remedy) => remedy switch
    {
        WaiveRemedy { Parameter: { } p } => [p],
        PenaltyRemedy p => new[] { p.Parameter, p.Cap?.Parameter }.OfType<ParameterSymbol>(),
        CreditRemedy c => new[] { c.Parameter, c.Cap?.Parameter }.OfType<ParameterSymbol>(),
        _ => [],
    };
}
