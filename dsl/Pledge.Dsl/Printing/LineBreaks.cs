namespace Pledge.Dsl.Printing;

/// <summary>Line-break arithmetic that treats `\r\n`, `\n` and a lone `\r` alike.</summary>
internal static class LineBreaks
{
    public static int Count(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') count++;
            else if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) count++;
        }
        return count;
    }

    /// <summary>Every line break as `\n` (the renderer writes the configured one at the end).</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>A comment with normalised breaks and no whitespace at the end of any of its lines.</summary>
    public static string NormalizeComment(string text)
    {
        var lines = Normalize(text).Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd(' ', '\t');
        return string.Join('\n', lines);
    }
}
