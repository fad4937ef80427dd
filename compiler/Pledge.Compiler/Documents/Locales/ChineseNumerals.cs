using System.Text;

namespace Pledge.Compiler.Documents.Locales;

/// <summary>
/// Chinese numerals as contracts number articles: 一 … 十, 十一, 二十一, 一百零一, 一千零一十, 一万二千. Generated,
/// not looked up, so that any article count works. A leading 一十 is written 十 (第十一条, not 第一十一条).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] SmallUnits = ["", "十", "百", "千"];
    private static readonly string[] LargeUnits = ["", "万", "亿"];

    public static string Format(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999_999_999_999L);
        if (value == 0) return "零";

        var groups = new List<int>();
        for (var v = value; v > 0; v /= 10000) groups.Add((int)(v % 10000));

        var text = new StringBuilder();
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }
            // A group below 1000 after a higher group needs a 零 (一万零五百).
            if (text.Length > 0 && (pendingZero || group < 1000)) text.Append('零');
            pendingZero = false;
            text.Append(Group(group)).Append(LargeUnits[g]);
        }

        var result = text.ToString();
        return result.StartsWith("一十", StringComparison.Ordinal) ? result[1..] : result;
    }

    /// <summary>1 to 9999 with 零 for inner gaps: 1010 → 一千零一十, 1001 → 一千零一.</summary>
    private static string Group(int group)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = group / Pow10(position) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append('零');
            zero = false;
            text.Append(Digits[digit]).Append(SmallUnits[position]);
        }
        return text.ToString();
    }

    private static int Pow10(int n) => n switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
