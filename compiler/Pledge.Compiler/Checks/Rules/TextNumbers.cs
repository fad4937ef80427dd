using System.Globalization;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// One number found in a string: its value (a percentage by its figure: `99.9%` is 99.9), where it was
/// written, and whether it is <see cref="Weak"/>. A weak number is one the extractor is not sure is a
/// figure of the contract: an ordinal (`第三方`, `3rd`, `제1조`), a weekday (`周一`), a time of day, a month
/// name, a number word (`two`, `一`, `两`), a bare `万`. Weak numbers never cause a report; they only
/// match a strong number of the other language.
/// </summary>
public readonly record struct TextNumber(decimal Value, bool Weak, int Start, int Length)
{
    public override string ToString() => TextNumbers.Format(Value) + (Weak ? "?" : "");
}

/// <summary>
/// Reads the numbers a contract text states, in any of its languages: ASCII and full-width digits with
/// thousands separators and decimals (`10,000`, `１２.５`), percentages (`99.9%`, `百分之五`), Chinese
/// numerals (`二十四`, `十五`, `两千`, `一万五千`, `二〇二六`, `九十九点九`), digits with a Chinese
/// multiplier (`1.5万`), English number words (`twenty-four`, `two hundred`) and month names. Korean
/// numbers are read when written in digits; Hangul numerals are not read (too many are also words).
/// Used by PLG5003 to compare the languages of one text.
/// </summary>
public static class TextNumbers
{
    private const string CjkDigits = "零〇一二三四五六七八九两";
    private const string CjkSmallUnits = "十百千";
    private const string CjkLargeUnits = "万亿";

    /// <summary>Words whose numeral characters are not numbers: `四舍五入` (round half up), `二手` (second-hand) …</summary>
    private static readonly string[] Idioms =
    [
        "四舍五入", "二手", "万一", "千万", "一一", "三番五次", "一五一十", "乱七八糟", "七上八下", "五金", "三包",
        "百货", "百姓", "千克", "千米", "千瓦", "万物", "万能", "一刀切",
    ];

    private static readonly Dictionary<string, int> EnglishUnits = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> EnglishTens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> EnglishScales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    private static readonly Dictionary<string, int> EnglishOrdinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["once"] = 1, ["twice"] = 2,
        ["single"] = 1, ["both"] = 2,
    };

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly HashSet<string> AUnits = new(StringComparer.Ordinal)
    {
        "minute", "hour", "day", "week", "month", "quarter", "year", "business", "working", "calendar", "full", "single",
    };

    public static IReadOnlyList<TextNumber> Extract(string text)
    {
        var s = Normalize(text);
        var masked = MaskIdioms(s);
        var found = new List<TextNumber>();
        var i = 0;
        while (i < s.Length)
        {
            if (masked[i]) { i++; continue; }
            var c = s[i];
            if (c is >= '0' and <= '9') i = ReadDigits(s, i, found);
            else if (string.CompareOrdinal(s, i, "百分之", 0, 3) == 0) i += 3;
            else if (IsCjkNumeral(c)) i = ReadCjk(s, i, masked, found);
            else if (IsAsciiLetter(c) && (i == 0 || !IsAsciiLetter(s[i - 1]))) i = ReadWord(s, i, found);
            else i++;
        }
        return found;
    }

    /// <summary>The value without trailing zeros: `99.90` is `99.9`.</summary>
    public static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Full-width digits, point, percent and comma become ASCII; the string keeps its length.</summary>
    private static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = chars[k] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[k] - '０')),
                '．' => '.',
                '％' => '%',
                '：' => ':',
                _ => chars[k],
            };
        }
        return new string(chars);
    }

    private static bool[] MaskIdioms(string s)
    {
        var masked = new bool[s.Length];
        foreach (var idiom in Idioms)
        {
            for (var at = s.IndexOf(idiom, StringComparison.Ordinal); at >= 0; at = s.IndexOf(idiom, at + 1, StringComparison.Ordinal))
            {
                // `一千万` (ten million) and `十万一千` are numbers: an idiom right after a numeral is not one.
                if (at > 0 && (IsCjkNumeral(s[at - 1]) || s[at - 1] is >= '0' and <= '9') && idiom is not ("千克" or "千米" or "千瓦")) continue;
                for (var k = at; k < at + idiom.Length; k++) masked[k] = true;
            }
        }
        // `十分重要` (very important) but `十分钟` (ten minutes): a lone 十 before 分 is a word unless 钟 follows.
        for (var k = 0; k + 1 < s.Length; k++)
        {
            if (s[k] == '十' && s[k + 1] == '分' && (k + 2 >= s.Length || s[k + 2] != '钟') && (k == 0 || !IsCjkNumeral(s[k - 1])))
                masked[k] = true;
        }
        return masked;
    }

    private static bool IsCjkNumeral(char c) => CjkDigits.Contains(c) || CjkSmallUnits.Contains(c) || CjkLargeUnits.Contains(c);

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsDigit(string s, int k) => k < s.Length && s[k] is >= '0' and <= '9';

    /// <summary>True when the number at <paramref name="start"/> is an ordinal or a weekday by what precedes it.</summary>
    private static bool OrdinalPrefix(string s, int start)
    {
        var k = start - 1;
        while (k >= 0 && s[k] == ' ') k--;
        if (k < 0) return false;
        if (s[k] is '第' or '제') return true;
        // 周一 … 周六, 星期三: weekdays (but 每周7天 is seven days a week).
        var weekday = start < s.Length && "一二三四五六".Contains(s[start]) && (start + 1 >= s.Length || !IsCjkNumeral(s[start + 1]));
        return weekday && k == start - 1 && (s[k] is '周' or '週' || (k >= 1 && s.Substring(k - 1, 2) is "星期" or "礼拜" or "禮拜"));
    }

    private static int ReadDigits(string s, int start, List<TextNumber> found)
    {
        var i = start;
        while (IsDigit(s, i)) i++;
        // Thousands separators: `10,000`, only when exactly three digits follow each comma.
        while (i + 3 < s.Length + 0 && s[i] == ',' && IsDigit(s, i + 1) && IsDigit(s, i + 2) && IsDigit(s, i + 3) && !IsDigit(s, i + 4))
            i += 4;
        var integerEnd = i;
        // A time of day `09:00`: weak, so that `9点` or `9 a.m.` may match it.
        if (s.Length > i + 2 && s[i] == ':' && IsDigit(s, i + 1) && IsDigit(s, i + 2) && !IsDigit(s, i + 3) && i - start <= 2)
        {
            var hours = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            var minutes = int.Parse(s.AsSpan(i + 1, 2), CultureInfo.InvariantCulture);
            found.Add(new TextNumber(hours, true, start, i + 3 - start));
            if (minutes != 0) found.Add(new TextNumber(minutes, true, start, i + 3 - start));
            return i + 3;
        }
        if (i + 1 < s.Length && s[i] == '.' && IsDigit(s, i + 1))
        {
            i++;
            while (IsDigit(s, i)) i++;
        }
        var written = s[start..i].Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return i;
        var weak = OrdinalPrefix(s, start);
        // `1st`, `2nd`, `3rd`, `4th`: ordinals (or dates, `5th of October`).
        if (integerEnd == i && i + 1 < s.Length && (i + 2 >= s.Length || !IsAsciiLetter(s[i + 2])))
        {
            var suffix = s.Substring(i, 2).ToLowerInvariant();
            if (suffix is "st" or "nd" or "rd" or "th") weak = true;
        }
        if (integerEnd == i && ClockTime(s, start, i) is { } clock)
        {
            found.Add(new TextNumber(clock.Hours, true, start, clock.End - start));
            return clock.End;
        }
        var end = i;
        // A multiplier after the digits: `1.5万`, `3千` (but `5千米` is 5 km), `10 thousand`.
        if (end < s.Length)
        {
            var m = s[end];
            var next = end + 1 < s.Length ? s[end + 1] : '\0';
            decimal factor = m switch
            {
                '万' => 10_000m,
                '亿' => 100_000_000m,
                '千' when next is not ('米' or '克' or '瓦' or '卡') => 1000m,
                '百' when next is not '分' => 100m,
                _ => 1m,
            };
            if (factor != 1m) { value *= factor; end++; }
            else
            {
                var k = end;
                while (k < s.Length && s[k] == ' ') k++;
                var w = k;
                while (w < s.Length && IsAsciiLetter(s[w])) w++;
                if (w > k && EnglishScales.TryGetValue(s[k..w].ToLowerInvariant(), out var scale) && scale >= 1000)
                {
                    value *= scale;
                    end = w;
                }
            }
        }
        found.Add(new TextNumber(value, weak, start, end - start));
        return end;
    }

    private static int ReadCjk(string s, int start, bool[] masked, List<TextNumber> found)
    {
        var i = start;
        while (i < s.Length && !masked[i] && IsCjkNumeral(s[i]))
        {
            // `五千米` is five kilometres: the run stops before a 千 that starts a unit.
            if (s[i] == '千' && i + 1 < s.Length && s[i + 1] is '米' or '克' or '瓦' or '卡') break;
            i++;
        }
        if (i == start) return start + 1;
        var run = s[start..i];
        var end = i;
        var weak = OrdinalPrefix(s, start);

        var hasUnit = run.Any(ch => CjkSmallUnits.Contains(ch) || CjkLargeUnits.Contains(ch));
        if (!hasUnit)
        {
            if (run.Length == 1)
            {
                var d = DigitValue(run[0]);
                // 一 (one, a, each …), 两 (two, both) and 零 (zero, 零件 parts) are too often words.
                found.Add(new TextNumber(d, weak || run[0] is '一' or '两' or '零' or '〇', start, 1));
                return ReadCjkDecimal(s, end, found, found.Count - 1);
            }
            if (run.Length >= 3 || run.Contains('〇') || run.Contains('零'))
            {
                // Digit by digit, as years are written: 二〇二六.
                var positional = 0m;
                foreach (var ch in run) positional = positional * 10 + DigitValue(ch);
                found.Add(new TextNumber(positional, weak, start, run.Length));
                return end;
            }
            // Two digits side by side are an estimate, 三四天 (three or four days): each may match, neither is required.
            foreach (var ch in run) found.Add(new TextNumber(DigitValue(ch), true, start, run.Length));
            return end;
        }

        if (!TryParseCjk(run, out var value, out var valid))
        {
            return end;
        }
        // A bare multiplier (百, 千, 万, 百万) or an ungrammatical run (三四十) is not a figure to hold a translation to.
        if (!valid || CjkSmallUnits.Contains(run[0]) && run[0] != '十' || CjkLargeUnits.Contains(run[0])) weak = true;
        found.Add(new TextNumber(value, weak, start, run.Length));
        return ReadCjkDecimal(s, end, found, found.Count - 1);
    }

    /// <summary>`九十九点九`: digits after 点 make a decimal. `三点` (three o'clock) and `三点半` stay whole.</summary>
    private static int ReadCjkDecimal(string s, int end, List<TextNumber> found, int index)
    {
        if (end >= s.Length || s[end] is not ('点' or '时' or '時' or '點')) return end;
        var k = end + 1;
        while (k < s.Length && CjkDigits.Contains(s[k]) && s[k] != '两') k++;
        // `三点`, `下午六点`, `三点五十分` (3:50): a time of day, weak, in 24-hour figures.
        if (s[end] is '时' or '時' || k == end + 1 || k < s.Length && (CjkSmallUnits.Contains(s[k]) || CjkLargeUnits.Contains(s[k]) || s[k] == '分'))
        {
            if (s[end] is '时' or '時' && end + 1 < s.Length && s[end + 1] is '间' or '間') return end;
            var clock = found[index];
            if (clock.Value > 24) return end;
            var start = clock.Start;
            var pm = start >= 2 && s.Substring(start - 2, 2) is "下午" or "晚上" or "傍晚" || start >= 1 && s[start - 1] == '晚';
            found[index] = clock with { Value = pm && clock.Value < 12 ? clock.Value + 12 : clock.Value, Weak = true };
            return end + 1;
        }
        var fraction = "0." + string.Concat(s[(end + 1)..k].Select(ch => (char)('0' + DigitValue(ch))));
        var number = found[index];
        var value = number.Value + decimal.Parse(fraction, CultureInfo.InvariantCulture);
        // 一点五 is 1.5: whatever made the whole part weak (一 alone) no longer applies.
        found[index] = number with { Value = value, Weak = OrdinalPrefix(s, number.Start), Length = k - number.Start };
        return k;
    }

    /// <summary>
    /// `9 a.m.`, `6 pm`, `9点`, `下午6点`, `18时`: a time of day, weak, in 24-hour figures so that `6 p.m.`
    /// matches `18:00`. Null when the number is not followed by one of those.
    /// </summary>
    private static (decimal Hours, int End)? ClockTime(string s, int start, int end)
    {
        if (!decimal.TryParse(s.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) || hours > 24) return null;
        if (end < s.Length && s[end] is '点' or '時' or '时' or '點')
        {
            if (end + 1 < s.Length && s[end] is '时' or '時' && s[end + 1] is '间' or '間') return null;
            var pm = start >= 2 && s.Substring(start - 2, 2) is "下午" or "晚上" or "傍晚" || start >= 1 && s[start - 1] == '晚';
            return (pm && hours < 12 ? hours + 12 : hours, end + 1);
        }
        var k = end;
        while (k < s.Length && s[k] == ' ') k++;
        foreach (var (suffix, afternoon) in new[] { ("a.m.", false), ("p.m.", true), ("am", false), ("pm", true) })
        {
            if (string.Compare(s, k, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var after = k + suffix.Length;
            if (after < s.Length && IsAsciiLetter(s[after])) continue;
            return (afternoon && hours < 12 ? hours + 12 : !afternoon && hours == 12 ? 0 : hours, after);
        }
        return null;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => 0,
    };

    private static int UnitValue(char c) => c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 1 };

    /// <summary>Reads 二十四, 十五, 一百零五, 两千, 三万五千, 一亿; <paramref name="valid"/> is false for runs like 三四十.</summary>
    private static bool TryParseCjk(string run, out decimal value, out bool valid)
    {
        decimal total = 0, section = 0;
        decimal? digit = null;
        valid = true;
        var lastSmall = int.MaxValue;
        foreach (var ch in run)
        {
            if (CjkDigits.Contains(ch))
            {
                if (digit is not null && DigitValue(ch) != 0 && run.IndexOf('零') < 0) valid = false;
                digit = DigitValue(ch);
            }
            else if (CjkSmallUnits.Contains(ch))
            {
                var unit = UnitValue(ch);
                if (unit >= lastSmall) valid = false;
                lastSmall = unit;
                section += (digit ?? 1) * unit;
                digit = null;
            }
            else
            {
                var unit = ch == '万' ? 10_000m : 100_000_000m;
                total = (total + section + (digit ?? 0)) * unit;
                if (total == 0) total = unit;
                section = 0;
                digit = null;
                lastSmall = int.MaxValue;
            }
        }
        value = total + section + (digit ?? 0);
        return true;
    }

    private static int ReadWord(string s, int start, List<TextNumber> found)
    {
        var i = start;
        while (i < s.Length && IsAsciiLetter(s[i])) i++;
        var word = s[start..i];
        var lower = word.ToLowerInvariant();

        if (EnglishUnits.ContainsKey(lower) || EnglishTens.ContainsKey(lower))
            return ReadNumberWords(s, start, found);

        if (EnglishOrdinals.TryGetValue(lower, out var ordinal))
        {
            found.Add(new TextNumber(ordinal, true, start, i - start));
            return i;
        }

        var month = Array.IndexOf(Months, lower);
        if (month < 0 && lower.Length >= 3 && char.IsUpper(word[0]))
        {
            var abbreviation = Array.FindIndex(Months, m => m.StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower == "sept"));
            if (abbreviation >= 0 && NearDigit(s, start, i)) month = abbreviation;
        }
        if (month >= 0 && (lower != "may" || char.IsUpper(word[0]) && NearDigit(s, start, i)))
        {
            found.Add(new TextNumber(month + 1, true, start, i - start));
            return i;
        }

        // `a day`, `an hour`: one, if only weakly.
        if (lower is "a" or "an")
        {
            var k = i;
            while (k < s.Length && s[k] == ' ') k++;
            var w = k;
            while (w < s.Length && IsAsciiLetter(s[w])) w++;
            var next = s[k..w].ToLowerInvariant();
            if (AUnits.Contains(next)) found.Add(new TextNumber(1, true, start, i - start));
        }
        return i;
    }

    private static bool NearDigit(string s, int start, int end)
    {
        for (var k = Math.Max(0, start - 3); k < Math.Min(s.Length, end + 3); k++)
            if (s[k] is >= '0' and <= '9') return true;
        return false;
    }

    /// <summary>`twenty-four`, `two hundred and fifty`, `three thousand`: weak, since `one` and `two` are also words.</summary>
    private static int ReadNumberWords(string s, int start, List<TextNumber> found)
    {
        decimal total = 0, current = 0;
        var i = start;
        var end = start;
        var any = false;
        var afterScale = false;
        while (i < s.Length)
        {
            var w = i;
            while (w < s.Length && IsAsciiLetter(s[w])) w++;
            if (w == i) break;
            var lower = s[i..w].ToLowerInvariant();
            var wasScale = afterScale;
            afterScale = false;
            if (EnglishUnits.TryGetValue(lower, out var unit)) current += unit;
            else if (EnglishTens.TryGetValue(lower, out var tens)) current += tens;
            else if (EnglishScales.TryGetValue(lower, out var scale) && any)
            {
                if (scale == 100) current *= 100;
                else { total += current * scale; current = 0; }
                afterScale = true;
            }
            else if (lower == "and" && wasScale) { /* two hundred and five */ }
            else break;
            if (lower != "and") { any = true; end = w; }
            // Words are joined by one space or a hyphen.
            if (w < s.Length && s[w] is ' ' or '-' && w + 1 < s.Length && IsAsciiLetter(s[w + 1])) i = w + 1;
            else { i = w; break; }
        }
        found.Add(new TextNumber(total + current, true, start, end - start));
        return end;
    }
}
