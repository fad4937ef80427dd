using System.Text;

namespace Pledge.Compiler.Emit;

/// <summary>Indented C# text with `\n` line ends, so the same contract always gives the same bytes (and hash).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>`{`, indented lines written by <paramref name="body"/>, then `}` (with <paramref name="after"/>, e.g. `;`).</summary>
    public CodeWriter Block(Action body, string after = "")
    {
        Line("{");
        _indent++;
        body();
        _indent--;
        Line("}" + after);
        return this;
    }

    public CodeWriter Block(string header, Action body, string after = "")
    {
        Line(header);
        return Block(body, after);
    }

    public override string ToString() => _text.ToString();
}
