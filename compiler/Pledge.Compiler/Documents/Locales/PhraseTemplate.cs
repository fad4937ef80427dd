using System.Text;

namespace Pledge.Compiler.Documents.Locales;

/// <summary>
/// Fills a phrase pattern. `{name}` is replaced by the argument; `{name:lower}` lower-cases its first letter
/// (an English term inside a sentence); `{은/는}`-style tokens (a slash, no name) pick the Korean particle
/// that fits the last written syllable: the first form after a final consonant, the second after a vowel,
/// both as `은(는)` after anything that is not Hangul. One pass over the pattern: text from a contract that
/// contains braces is never read as a placeholder.
/// </summary>
public static class PhraseTemplate
{
    public static string Fill(string pattern, IReadOnlyList<(string Name, string Value)> arguments, string localeTag)
    {
        var output = new StringBuilder(pattern.Length + 64);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0)
            {
                output.Append(pattern, i, pattern.Length - i);
                break;
            }
            output.Append(pattern, i, open - i);
            var close = pattern.IndexOf('}', open + 1);
            if (close < 0) throw new LocaleException($"`{localeTag}`: unclosed `{{` in `{pattern}`");
            var token = pattern[(open + 1)..close];
            if (token.Contains('/')) AppendParticle(output, token);
            else output.Append(Argument(token, arguments, pattern, localeTag));
            i = close + 1;
        }
        return output.ToString();
    }

    private static string Argument(string token, IReadOnlyList<(string Name, string Value)> arguments, string pattern, string localeTag)
    {
        var colon = token.IndexOf(':');
        var name = colon < 0 ? token : token[..colon];
        var style = colon < 0 ? null : token[(colon + 1)..];
        foreach (var (n, value) in arguments)
        {
            if (n != name) continue;
            return style switch
            {
                null => value,
                "lower" => LowerFirst(value),
                _ => throw new LocaleException($"`{localeTag}`: unknown style `{style}` in `{pattern}`"),
            };
        }
        throw new LocaleException($"`{localeTag}`: the phrase `{pattern}` uses `{{{name}}}`, which this item does not have");
    }

    /// <summary>"Monthly fee" → "monthly fee", but "UPS supply" stays (an acronym or a name).</summary>
    private static string LowerFirst(string value) =>
        value.Length >= 2 && char.IsUpper(value[0]) && char.IsLower(value[1]) ? char.ToLowerInvariant(value[0]) + value[1..] : value;

    private static void AppendParticle(StringBuilder output, string token)
    {
        var forms = token.Split('/');
        var last = LastLetter(output);
        if (last is >= '\uAC00' and <= '\uD7A3')
        {
            var hasFinalConsonant = (last - 0xAC00) % 28 != 0;
            output.Append(hasFinalConsonant ? forms[0] : forms[1]);
        }
        else
        {
            output.Append(forms[0]).Append('(').Append(forms[1]).Append(')');
        }
    }

    // Closing quotes and brackets do not decide the particle: “네트워크 연결”이란.
    private static char LastLetter(StringBuilder output)
    {
        for (var i = output.Length - 1; i >= 0; i--)
        {
            var c = output[i];
            if (c is '”' or '"' or '’' or '\'' or ')' or '）' or '」' or '』' or ' ') continue;
            return c;
        }
        return ' ';
    }
}
