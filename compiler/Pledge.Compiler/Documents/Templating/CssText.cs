using System.Globalization;
using System.Text;

namespace Pledge.Compiler.Documents.Templating;

/// <summary>
/// Contract text placed inside a stylesheet (the running header's `content`). HTML escaping does not apply
/// inside &lt;style&gt; (entities are not decoded there), so such text is written as a CSS string with every
/// character that could end the string, the rule or the style element escaped as `\HEX `.
/// </summary>
public static class CssText
{
    public static string Quote(string? text)
    {
        var output = new StringBuilder("\"");
        foreach (var c in text ?? "")
        {
            if (c is '"' or '\\' or '<' or '>' or '&' or '\'' or '{' or '}' or ';' || char.IsControl(c))
                output.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            else
                output.Append(c);
        }
        return output.Append('"').ToString();
    }

    /// <summary>`"第 " counter(page) " 页"` from a pattern such as `第 {n} 页`: text quoted, `{n}` the page counter.</summary>
    public static string PageCounter(string pattern)
    {
        var at = pattern.IndexOf("{n}", StringComparison.Ordinal);
        if (at < 0) return Quote(pattern);
        var parts = new List<string>();
        if (at > 0) parts.Add(Quote(pattern[..at]));
        parts.Add("counter(page)");
        if (at + 3 < pattern.Length) parts.Add(Quote(pattern[(at + 3)..]));
        return string.Join(" ", parts);
    }
}
