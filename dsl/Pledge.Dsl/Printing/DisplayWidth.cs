using System.Globalization;
using System.Text;

namespace Pledge.Dsl.Printing;

/// <summary>
/// How many terminal/editor columns a text takes: CJK and fullwidth characters take two, combining marks none.
/// Alignment must count columns, not chars: "客户" is as wide as "Cust".
/// </summary>
public static class DisplayWidth
{
    // East Asian Wide (W) and Fullwidth (F) ranges, condensed; emoji blocks are included because editors draw them wide.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F251), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF),
        (0x1F900, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>The width of a single-line text (a line break counts as nothing).</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value is '\n' or '\r') return 0;
        if (value == '\t') return 1;
        if (value < 0x20 || value is >= 0x7F and < 0xA0) return 0;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return 0;
        return IsWide(value) ? 2 : 1;
    }

    /// <summary>The column reached after writing <paramref name="text"/> from <paramref name="column"/>; a line break restarts at 0.</summary>
    public static int Advance(int column, string text)
    {
        var lastBreak = text.LastIndexOf('\n');
        return lastBreak < 0 ? column + Of(text) : Of(text[(lastBreak + 1)..]);
    }

    private static bool IsWide(int value)
    {
        if (value < 0x1100) return false;
        int low = 0, high = WideRanges.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var (first, last) = WideRanges[mid];
            if (value < first) high = mid - 1;
            else if (value > last) low = mid + 1;
            else return true;
        }
        return false;
    }
}
