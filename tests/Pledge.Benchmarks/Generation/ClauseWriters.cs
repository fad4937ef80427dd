namespace Pledge.Benchmarks.Generation;

/// <summary>
/// Writes one clause or warranty at a time. Every kind keeps to the language's checks (monotonic matrices,
/// ordered distance tiers, credit tables that start at the commitment, `max downtime` within the shortest
/// month's allowance), so a generated file measures the cost of a clean compile, not of error reporting.
/// </summary>
internal sealed partial class ClauseWriters(SlaWriter w, Random random)
{
    /// <summary>Weights follow the examples: prose and commitments are common, warranties rarer.</summary>
    private static readonly (int Weight, Action<ClauseWriters, int> Write)[] Kinds =
    [
        (3, (c, n) => c.WriteAvailability(n)),
        (2, (c, n) => c.WriteCredits(n)),
        (3, (c, n) => c.WriteMatrix(n)),
        (2, (c, n) => c.WriteDistance(n)),
        (3, (c, n) => c.WriteCommitments(n)),
        (1, (c, n) => c.WriteWarranty(n)),
        (2, (c, n) => c.WriteProse(n)),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    public void WriteAny(int number)
    {
        var pick = random.Next(TotalWeight);
        foreach (var (weight, write) in Kinds)
        {
            if (pick < weight)
            {
                write(this, number);
                return;
            }
            pick -= weight;
        }
    }

    /// <summary>The closing prose clause: exactly <paramref name="lines"/> lines, so the file hits its target size.</summary>
    public void WriteFiller(int number, int lines)
    {
        // Opening line, closing line, at least one text item.
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 3);
        w.Line($"clause closing_{number} {new Bilingual("其他约定", "Other terms").Numbered(number).Literal} {{");
        for (var i = 0; i < lines - 2; i++)
        {
            w.Line($"  text {Pick(Vocabulary.Prose).Literal}");
        }
        w.Line("}");
    }

    private void MaybeComment(string indent = "")
    {
        if (random.Next(3) == 0) w.Line(indent + Pick(Vocabulary.Comments));
    }

    private void Open(string keyword, string name, Bilingual title)
    {
        MaybeComment();
        w.Line($"{keyword} {name} {title.Literal} {{");
    }

    private void Close()
    {
        w.Line("}");
        w.Line();
    }

    /// <summary>A two-line text item, the way authors wrap long prose.</summary>
    private void TextItem(Bilingual text)
    {
        w.Line($"  text \"{text.Chinese}\"");
        w.Line($"     / \"{text.English}\"");
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private (string Stem, Bilingual Name) Service() => Pick(Vocabulary.Services);

    /// <summary>1 to <paramref name="max"/> distinct excludable causes, in declaration order.</summary>
    private string ExcludedCauses(int max)
    {
        var count = 1 + random.Next(max);
        return string.Join(", ", Vocabulary.ExcludableCauses.OrderBy(_ => random.Next()).Take(count)
            .OrderBy(c => Array.IndexOf(Vocabulary.ExcludableCauses, c)));
    }
}
