using Pledge.Dsl.Text;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Workspace;

/// <summary>Offsets and spans as LSP positions and ranges (both count UTF-16 code units from zero).</summary>
public static class Ranges
{
    public static Position PositionOf(LineMap lines, int offset)
    {
        var p = lines.GetPosition(offset);
        return new Position(p.Line, p.Character);
    }

    public static LspRange Of(LineMap lines, TextSpan span) => new(PositionOf(lines, span.Start), PositionOf(lines, span.End));

    public static LspRange Of(LineMap lines, int start, int end) => new(PositionOf(lines, start), PositionOf(lines, end));

    public static bool Intersects(LspRange a, LspRange b) => !(Before(a.End, b.Start) || Before(b.End, a.Start));

    private static bool Before(Position x, Position y) => x.Line < y.Line || (x.Line == y.Line && x.Character < y.Character);
}
