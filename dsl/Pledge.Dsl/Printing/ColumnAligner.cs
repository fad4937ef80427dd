namespace Pledge.Dsl.Printing;

/// <summary>
/// Pads pieces that carry the same <see cref="AlignKey"/> so they start at one column: the widest line of a group
/// decides. Columns of a group are settled left to right, because padding one shifts the next.
/// </summary>
internal static class ColumnAligner
{
    public static void Align(IReadOnlyList<FormattedLine> lines)
    {
        var anchors = new Dictionary<int, List<(FormattedLine Line, int Piece, int Column)>>();
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Pieces.Count; i++)
            {
                if (line.Pieces[i].Anchor is not { } key) continue;
                if (!anchors.TryGetValue(key.Group, out var list)) anchors[key.Group] = list = [];
                list.Add((line, i, key.Column));
            }
        }

        foreach (var group in anchors.Values)
        {
            foreach (var column in group.Select(a => a.Column).Distinct().Order())
            {
                var members = group.Where(a => a.Column == column).ToList();
                if (members.Count < 2) continue;
                var target = members.Max(a => a.Line.StartColumn(a.Piece));
                foreach (var (line, piece, _) in members)
                    line.Pieces[piece].Padding += target - line.StartColumn(piece);
            }
        }
    }
}
