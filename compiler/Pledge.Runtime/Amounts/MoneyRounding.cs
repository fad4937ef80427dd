namespace Pledge.Runtime.Amounts;

/// <summary>
/// `rounding half-up 0.01`: rounds to a multiple of <see cref="Increment"/> (0.01, 1, 0.05, 5 …) by
/// <see cref="Mode"/>. Applied once per remedy line per period, after caps.
/// </summary>
public sealed record MoneyRounding(RoundingMode Mode, decimal Increment)
{
    public static MoneyRounding Default { get; } = new(RoundingMode.HalfUp, 0.01m);

    /// <summary>How many decimals rounded amounts are written with (2 for an increment of 0.01).</summary>
    public int Decimals => DecimalText.DecimalsOf(Increment);

    public decimal Round(decimal value)
    {
        if (Increment <= 0) return value;
        var units = value / Increment;
        var sign = Math.Sign(units);
        var magnitude = Math.Abs(units);
        var whole = decimal.Floor(magnitude);
        var fraction = magnitude - whole;
        var rounded = Mode switch
        {
            RoundingMode.HalfUp => fraction >= 0.5m ? whole + 1 : whole,
            RoundingMode.HalfDown => fraction > 0.5m ? whole + 1 : whole,
            RoundingMode.HalfEven => fraction > 0.5m || (fraction == 0.5m && whole % 2 == 1) ? whole + 1 : whole,
            RoundingMode.Up => fraction > 0 ? whole + 1 : whole,
            _ => whole,
        };
        // Written with the increment's decimals, so 20000 becomes 20000.00 the same way in every engine.
        return decimal.Round(sign * rounded * Increment, Decimals) + ZeroWithDecimals(Decimals);
    }

    public string Describe() => $"{Mode.Keyword()} {DecimalText.Format(Increment)}";

    private static decimal ZeroWithDecimals(int decimals) => new(0, 0, 0, false, (byte)decimals);
}
