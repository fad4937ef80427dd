using System.Text;

namespace Pledge.Dsl.Printing;

/// <summary>The formatter's promise checked on every run: only whitespace may change.</summary>
internal static class FormattingGuard
{
    public static bool KeepsText(string source, string formatted) => WithoutWhitespace(source) == WithoutWhitespace(formatted);

    /// <summary>The source with normalised line breaks and exactly one final line break.</summary>
    public static string Unformatted(string source, FormatOptions options)
    {
        var text = LineBreaks.Normalize(source).TrimEnd('\n', ' ', '\t');
        return text.Length == 0 ? "" : (text + "\n").Replace("\n", options.NewLine);
    }

    private static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }
}
