namespace Pledge.Dsl.Text;

/// <summary>The text of one source file with its path and line map.</summary>
public sealed class SourceText
{
    private LineMap? _lines;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }
    public string Text { get; }
    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>The text of the line that contains the offset, without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = Lines.GetLineStart(line);
        var end = start;
        while (end < Text.Length && Text[end] != '\n' && Text[end] != '\r') end++;
        return Text[start..end];
    }
}
