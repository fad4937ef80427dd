using System.Globalization;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Character-level recognisers for each kind of token. Each returns the offset after the token,
/// or -1 when the text at <c>i</c> is not such a token. They never look past what they need.
/// </summary>
internal static class Scanners
{
    public static bool IsWordStart(string s, int i) =>
        i < s.Length && (s[i] == '_' || char.IsLetter(s[i]) || (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && IsLetterPair(s[i], s[i + 1])));

    public static bool IsWordPart(string s, int i) =>
        i < s.Length && (s[i] == '_' || char.IsLetterOrDigit(s[i])
                         || CharUnicodeInfo.GetUnicodeCategory(s[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                         || (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && IsLetterPair(s[i], s[i + 1])));

    private static bool IsLetterPair(char high, char low) =>
        char.IsLowSurrogate(low) && char.IsLetter(char.ConvertFromUtf32(char.ConvertToUtf32(high, low)), 0);

    /// <summary>An identifier: a letter or `_`, then letters, digits, `_`.</summary>
    public static int Word(string s, int i)
    {
        if (!IsWordStart(s, i)) return -1;
        var j = i;
        while (IsWordPart(s, j)) j += char.IsHighSurrogate(s[j]) ? 2 : 1;
        return j;
    }

    /// <summary>Exactly <paramref name="word"/>, not followed by another word character.</summary>
    public static int Exact(string s, int i, string word)
    {
        if (string.CompareOrdinal(s, i, word, 0, word.Length) != 0 || i + word.Length > s.Length) return -1;
        var end = i + word.Length;
        return IsWordPart(s, end) && IsWordPart(word, word.Length - 1) ? -1 : end;
    }

    private static int Digits(string s, int i, int min, int max)
    {
        var j = i;
        while (j < s.Length && j - i < max && char.IsAsciiDigit(s[j])) j++;
        return j - i >= min ? j : -1;
    }

    /// <summary>`2026-10-01` (shape only; the calendar check is lexical diagnostics' job).</summary>
    public static int Date(string s, int i)
    {
        var j = Digits(s, i, 4, 4);
        if (j < 0 || j >= s.Length || s[j] != '-') return -1;
        j = Digits(s, j + 1, 2, 2);
        if (j < 0 || j >= s.Length || s[j] != '-') return -1;
        j = Digits(s, j + 1, 2, 2);
        return j < 0 || (j < s.Length && char.IsAsciiDigit(s[j])) ? -1 : j;
    }

    /// <summary>`09:00` or `9:00`.</summary>
    public static int Time(string s, int i)
    {
        var j = Digits(s, i, 1, 2);
        if (j < 0 || j >= s.Length || s[j] != ':') return -1;
        j = Digits(s, j + 1, 2, 2);
        return j < 0 || (j < s.Length && char.IsAsciiDigit(s[j])) ? -1 : j;
    }

    /// <summary>`44` or `0.25`; not the start of a date or time, and not followed by a letter of the same word (`24x7`).</summary>
    public static int Number(string s, int i)
    {
        if (Date(s, i) >= 0 || Time(s, i) >= 0) return -1;
        var j = Digits(s, i, 1, int.MaxValue);
        if (j < 0) return -1;
        if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1])) j = Digits(s, j + 1, 1, int.MaxValue);
        return j;
    }

    public static int Percentage(string s, int i)
    {
        var j = Number(s, i);
        return j >= 0 && j < s.Length && s[j] == '%' ? j + 1 : -1;
    }

    /// <summary>A plain number, not followed by `%` (that would be a percentage).</summary>
    public static int PlainNumber(string s, int i)
    {
        var j = Number(s, i);
        return j >= 0 && (j >= s.Length || s[j] != '%') ? j : -1;
    }

    /// <summary>`"…"` or `"""…"""`. An unterminated string ends at the line's end (or the file's, for `"""`).</summary>
    public static int String(string s, int i)
    {
        if (i >= s.Length || s[i] != '"') return -1;
        if (string.CompareOrdinal(s, i, "\"\"\"", 0, 3) == 0)
        {
            var close = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + 3;
        }
        var j = i + 1;
        while (j < s.Length)
        {
            var c = s[j];
            if (c == '\\' && j + 1 < s.Length && s[j + 1] is not '\n' and not '\r') { j += 2; continue; }
            if (c == '"') return j + 1;
            if (c == '\n' || c == '\r') return j;
            j++;
        }
        return j;
    }

    /// <summary>A language tag such as `zh-CN`, `ko`, `en`, `zh-Hant-TW`.</summary>
    public static int LanguageTag(string s, int i)
    {
        var j = i;
        while (j < s.Length && char.IsAsciiLetter(s[j])) j++;
        if (j - i < 2 || j - i > 8) return -1;
        while (j + 1 < s.Length && s[j] == '-' && char.IsAsciiLetterOrDigit(s[j + 1]))
        {
            var k = j + 1;
            while (k < s.Length && char.IsAsciiLetterOrDigit(s[k])) k++;
            j = k;
        }
        return IsWordPart(s, j) ? -1 : j;
    }

    /// <summary>An ISO 4217 code: three capital letters.</summary>
    public static int CurrencyCode(string s, int i)
    {
        if (i + 3 > s.Length) return -1;
        for (var k = 0; k < 3; k++) if (!char.IsAsciiLetterUpper(s[i + k])) return -1;
        return IsWordPart(s, i + 3) ? -1 : i + 3;
    }

    /// <summary>A word that may contain `-` or `'` (`half-up`, `provider's`, `24x7`), matched exactly.</summary>
    public static int Literal(string s, int i, string literal)
    {
        if (i + literal.Length > s.Length || string.CompareOrdinal(s, i, literal, 0, literal.Length) != 0) return -1;
        return IsWordPart(s, i + literal.Length) ? -1 : i + literal.Length;
    }

    public static int Char(string s, int i, char c) => i < s.Length && s[i] == c ? i + 1 : -1;

    public static int Text(string s, int i, string text) =>
        i + text.Length <= s.Length && string.CompareOrdinal(s, i, text, 0, text.Length) == 0 ? i + text.Length : -1;
}
