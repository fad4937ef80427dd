namespace Pledge.Compiler.Binding;

/// <summary>Finds the closest known name for a misspelt one ("did you mean `critical`?").</summary>
internal static class NameSuggester
{
    /// <summary>
    /// The candidate with the smallest edit distance (transpositions count once), if it is close enough:
    /// at most a third of the name's length, at least 1 and at most 3. A case-only difference always wins;
    /// among equally close ones the longest shared prefix wins (`USX` → `USD`, not `UGX`), then ordinal order.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        if (name.Length == 0) return null;
        var limit = Math.Clamp(name.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == name) continue;
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)) return candidate;
            // Cheap length filter first: the distance is at least the length difference.
            if (Math.Abs(candidate.Length - name.Length) > limit) continue;
            var d = Distance(name, candidate, Math.Min(limit, bestDistance));
            if (d < bestDistance || (d == bestDistance && best is not null && Better(name, candidate, best)))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    private static bool Better(string name, string candidate, string best)
    {
        var a = SharedPrefix(name, candidate);
        var b = SharedPrefix(name, best);
        return a != b ? a > b : string.CompareOrdinal(candidate, best) < 0;
    }

    private static int SharedPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i])) i++;
        return i;
    }

    /// <summary>Optimal-string-alignment distance, case-insensitive; returns more than <paramref name="max"/> early when it must exceed it.</summary>
    internal static int Distance(string a, string b, int max = int.MaxValue)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[1][j] = j;
        int[] prev2 = rows[0], prev = rows[1], cur = rows[2];
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }
        return prev[b.Length];
    }
}
