using System.Globalization;
using System.Text;
using Pledge.Compiler.Documents.Model;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Documents.Locales;

/// <summary>
/// Formats typed values the way one language writes them, from the patterns of its phrase file:
/// `43.2 分钟` / `43.2 minutes` / `43.2분`, `20,000.00 元` / `CNY 20,000.00` / `20,000원`,
/// `2026年10月1日` / `1 October 2026` / `2026년 10월 1일`, 第二十一条 / Article 21 / 제21조.
/// </summary>
public sealed class ValueFormatter(Locale locale)
{
    /// <summary>As written, without trailing zeros, with the locale's group separator: 20,000 · 99.95 · 0.25.</summary>
    public string Number(decimal value) => Group(value.ToString("0.############", CultureInfo.InvariantCulture));

    /// <summary>With exactly <paramref name="digits"/> decimals (rounded half away from zero): 43.2, 20,000.00.</summary>
    public string Number(decimal value, int digits) =>
        Group(Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString("F" + digits, CultureInfo.InvariantCulture));

    public string Percent(PercentValue percent) => locale.Fill("format.percent", ("n", Number(percent.Value)));

    public string Money(MoneyValue money)
    {
        var amount = Number(money.Amount, money.MinorDigits);
        var pattern = locale.TryText($"format.money.{money.Currency}") ?? locale.Text("format.money.other");
        return PhraseTemplate.Fill(pattern, [("amount", amount), ("code", money.Currency)], locale.Tag);
    }

    /// <summary>`5 days`, `1 business day`; an allowance in minutes keeps one decimal (43.2 minutes).</summary>
    public string Duration(DurationValue duration, int? digits = null)
    {
        var n = digits is { } d ? Number(duration.Amount, d) : Number(duration.Amount);
        var unit = UnitKey(duration.Unit);
        var one = duration.Amount == 1 && digits is null;
        var pattern = (one ? locale.TryText($"format.duration.{unit}.one") : null) ?? locale.Text($"format.duration.{unit}.other");
        return PhraseTemplate.Fill(pattern, [("n", n)], locale.Tag);
    }

    /// <summary>Allowances computed from a percentage: minutes to one decimal, as contracts state them.</summary>
    public string Allowance(DurationValue minutes) => Duration(minutes, 1);

    public string Distance(DistanceValue distance)
    {
        var unit = distance.Unit is "mi" or "mile" or "miles" ? "mi" : "km";
        return locale.Fill($"format.distance.{unit}", ("n", Number(distance.Amount)));
    }

    public string Date(DateOnly date) => locale.Fill("format.date",
        ("year", date.Year.ToString(CultureInfo.InvariantCulture)),
        ("month", date.Month.ToString(CultureInfo.InvariantCulture)),
        ("monthName", locale.List("format.months")[date.Month - 1]),
        ("day", date.Day.ToString(CultureInfo.InvariantCulture)));

    /// <summary>`09:00`; 1440 minutes is `24:00`, the end of the day.</summary>
    public static string TimeOfDay(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    /// <summary>第二十一条 / Article 21 / 제21조: the pattern's `{n}` in digits, `{cn}` in Chinese numerals.</summary>
    public string ArticleNumber(int number) => locale.Fill("format.article",
        ("n", number.ToString(CultureInfo.InvariantCulture)),
        ("cn", ChineseNumerals.Format(number)));

    /// <summary>The words of a list: `a、b和c` / `a, b and c` / `a, b 및 c`; <paramref name="conjunction"/> is `and` or `or`.</summary>
    public string List(IReadOnlyList<string> items, string conjunction = "and")
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var separator = locale.Text("format.list.separator");
        var last = locale.Text($"format.list.{conjunction}");
        return string.Join(separator, items.Take(items.Count - 1)) + last + items[^1];
    }

    public static string UnitKey(DurationUnit unit) => unit switch
    {
        DurationUnit.Minute => "minute",
        DurationUnit.Hour => "hour",
        DurationUnit.Day => "day",
        DurationUnit.BusinessDay => "businessDay",
        DurationUnit.BusinessHour => "businessHour",
        DurationUnit.Week => "week",
        DurationUnit.Month => "month",
        _ => "year",
    };

    private string Group(string invariant)
    {
        var negative = invariant.StartsWith('-');
        var digits = negative ? invariant[1..] : invariant;
        var dot = digits.IndexOf('.');
        var integer = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..];
        var group = locale.Text("format.number.group");
        var text = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0) text.Append(group);
            text.Append(integer[i]);
        }
        if (fraction.Length > 0) text.Append(locale.Text("format.number.decimal")).Append(fraction);
        return (negative ? "-" : "") + text;
    }
}
