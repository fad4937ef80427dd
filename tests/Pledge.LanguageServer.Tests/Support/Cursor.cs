using Pledge.Dsl.Text;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Tests.Support;

/// <summary>
/// A source with a cursor written as `$0` (`|` is the matrix column separator in Pledge, so it cannot mark one).
/// </summary>
public sealed record Cursor(string Text, int Offset)
{
    public const string Marker = "$0";

    public static Cursor Parse(string marked)
    {
        var offset = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (offset < 0) throw new ArgumentException("the source has no $0 cursor marker");
        return new Cursor(marked.Remove(offset, Marker.Length), offset);
    }

    public Position Position
    {
        get
        {
            var p = new LineMap(Text).GetPosition(Offset);
            return new Position(p.Line, p.Character);
        }
    }
}
