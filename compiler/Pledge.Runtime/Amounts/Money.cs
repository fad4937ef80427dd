using System.Globalization;
using System.Text.RegularExpressions;

namespace Pledge.Runtime.Amounts;

/// <summary>An amount of a currency (ISO 4217), always in <c>decimal</c>: `20000 CNY`, `1250.50 USD`.</summary>
public readonly partial record struct Money(decimal Amount, string Currency)
{
    [GeneratedRegex(@"^\s*(-?\d+(?:\.\d+)?)\s*([A-Z]{3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();

    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>`20000 CNY`; the currency is required (an amount alone could be read in the wrong currency).</summary>
    public static bool TryParse(string text, out Money money)
    {
        var m = Syntax().Match(text);
        money = default;
        if (!m.Success) return false;
        money = new Money(decimal.Parse(m.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), m.Groups[2].Value);
        return true;
    }

    public override string ToString() => $"{DecimalText.Format(Amount)} {Currency}";
}
