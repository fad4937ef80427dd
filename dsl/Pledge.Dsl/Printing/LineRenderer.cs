using System.Text;

namespace Pledge.Dsl.Printing;

/// <summary>Writes lines out: indentation, pieces, trailing comments, at most one blank line, one final line break.</summary>
internal static class LineRenderer
{
    public static string Render(IReadOnlyList<FormattedLine> lines, FormatOptions options)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var line in lines)
        {
            if (line.Pieces.Count == 0 && line.TrailingComment is null) continue;
            if (!first && line.BlankBefore) builder.Append('\n');
            first = false;

            var text = new StringBuilder();
            text.Append(' ', line.Indent);
            foreach (var piece in line.Pieces)
            {
                text.Append(' ', piece.Spaces + piece.Padding);
                text.Append(piece.Text);
            }
            if (line.TrailingComment is { } comment)
            {
                text.Append(' ', line.Pieces.Count == 0 ? 0 : line.TrailingGap);
                text.Append(comment);
            }
            // Only the end of the whole line can hold padding; inner lines of a multi-line string are content.
            builder.Append(text.ToString().TrimEnd(' ', '\t')).Append('\n');
        }
        var output = builder.ToString();
        return options.NewLine == "\n" ? output : output.Replace("\n", options.NewLine);
    }
}
