namespace Pledge.Compiler.Semantics;

/// <summary>`rounding half-up 0.01`: how money is rounded, once per remedy line per period.</summary>
public sealed record RoundingRule(string Mode, decimal Increment, bool IsDeclared)
{
    /// <summary>Half-up to the currency's minor unit (0.01 when the currency is unknown or absent).</summary>
    public static RoundingRule Default(int minorDigits) => new("half-up", DecimalPow10(-minorDigits), false);

    private static decimal DecimalPow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++) result /= 10m;
        return result;
    }
}
