using System.Text;
using Pledge.Dsl.Printing;

namespace Pledge.Cli.Output;

/// <summary>
/// Terminal columns of a source line, so that a caret lands under the right character of a line with Chinese or
/// Korean text. Character widths come from the formatter's <see cref="DisplayWidth"/> (CJK two columns, combining
/// marks none: one table for the whole product); a terminal adds tab stops, which the formatter never emits.
/// </summary>
public static class TerminalWidth
{
    public const int TabSize = 4;

    /// <summary>Width of one character that starts at terminal column <paramref name="column"/> (0-based).</summary>
    public static int Of(Rune rune, int column) =>
        rune.Value == '\t' ? TabSize - column % TabSize : DisplayWidth.Of(rune);

    /// <summary>Width of <paramref name="text"/> when it starts at terminal column <paramref name="column"/>.</summary>
    public static int Of(string text, int column = 0)
    {
        var start = column;
        foreach (var rune in text.EnumerateRunes()) column += Of(rune, column);
        return column - start;
    }

    /// <summary>The line as a terminal shows it: tabs become spaces and zero-width control characters disappear.</summary>
    public static string Expand(string line)
    {
        var builder = new StringBuilder(line.Length);
        var column = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var width = Of(rune, column);
            if (rune.Value == '\t') builder.Append(' ', width);
            else if (width > 0 || !Rune.IsControl(rune)) builder.Append(rune.ToString());
            column += width;
        }
        return builder.ToString();
    }
}
