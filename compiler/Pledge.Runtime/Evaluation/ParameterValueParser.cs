using System.Globalization;
using NodaTime.Text;
using Pledge.Runtime.Amounts;

namespace Pledge.Runtime.Evaluation;

/// <summary>
/// Reads a parameter value as typed on a command line, by the parameter's declared type: money `20000 CNY`,
/// dates `2026-01-31`, numbers `12.5`, percentages `99.9%` (or `99.9`), text as is.
/// </summary>
public static class ParameterValueParser
{
    /// <exception cref="FormatException">the text does not fit the type; the message says what would.</exception>
    public static ParameterValue Parse(ParameterKind kind, string name, string text)
    {
        switch (kind)
        {
            case ParameterKind.Money:
                if (Money.TryParse(text, out var money)) return new MoneyParameter(money);
                throw new FormatException($"`{name}` is money: write an amount and a currency code, e.g. `{name}=\"20000 CNY\"` (got `{text}`)");
            case ParameterKind.Date:
                var date = LocalDatePattern.Iso.Parse(text.Trim());
                if (date.Success) return new DateParameter(date.Value);
                throw new FormatException($"`{name}` is a date: write it as 2026-01-31 (got `{text}`)");
            case ParameterKind.Number:
                if (TryNumber(text, out var number)) return new NumberParameter(number);
                throw new FormatException($"`{name}` is a number (got `{text}`)");
            case ParameterKind.Percent:
                if (TryNumber(text.Trim().TrimEnd('%'), out var percent)) return new PercentParameter(percent);
                throw new FormatException($"`{name}` is a percentage, e.g. 99.9% (got `{text}`)");
            case ParameterKind.Duration:
                throw new FormatException($"`{name}` is a duration: duration parameters are not evaluated yet");
            default:
                return new TextParameter(text);
        }
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
