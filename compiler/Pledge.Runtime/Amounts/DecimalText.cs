using System.Globalization;

namespace Pledge.Runtime.Amounts;

/// <summary>
/// How numbers are written in reports and explanations: invariant culture, no exponent, no trailing zeros
/// (`99.9`, `0.25`), or a fixed number of decimals for money. Both evaluators use these, so the bytes agree.
/// </summary>
public static class DecimalText
{
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A percentage as written in contracts: `0.25%`.</summary>
    public static string Percent(decimal percent) => Format(percent) + "%";

    /// <summary>The number of decimals an increment has: 2 for 0.01, 0 for 1 or 5.</summary>
    public static int DecimalsOf(decimal increment)
    {
        var normalized = increment / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
