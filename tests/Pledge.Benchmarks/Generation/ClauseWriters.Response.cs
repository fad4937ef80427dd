namespace Pledge.Benchmarks.Generation;

/// <summary>Deadline clauses: response matrices, distance tiers and single commitments, with penalties.</summary>
internal sealed partial class ClauseWriters
{
    /// <summary>
    /// Matrices in the shapes real contracts use. Rows follow the declared severities, most severe first; times
    /// grow down each column and along each row, so the monotonicity checks stay quiet.
    /// </summary>
    private static readonly string[][] Matrices =
    [
        [
            "severity | respond | arrive | resolve",
            "critical | 15 min  | 1 h    | 4 h",
            "major    | 30 min  | 2 h    | 8 h",
            "minor    | 1 h     | -      | 2 business days on office",
            "cosmetic | 2 h     | -      | 5 business days on office",
        ],
        [
            "severity | acknowledge | respond | restore | resolve",
            "critical | 5 min       | 15 min  | 2 h     | 8 h",
            "major    | 10 min      | 30 min  | 4 h     | 12 h",
            "minor    | 30 min      | 1 h     | 8 h     | 24 h",
            "cosmetic | 1 h         | 4 h     | -       | 3 days",
        ],
        [
            "severity | respond | resolve",
            "critical | 30 min  | 1 business day",
            "major    | 1 h     | 2 business days",
            "minor    | 2 h     | 3 business days",
            "cosmetic | 4 h     | 5 business days",
        ],
    ];

    private static readonly string[] Penalties =
    [
        "remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total",
        "remedy 0.05% of monthly_fee per full hour late, cap 10% of monthly_fee per incident",
        "remedy 1% of monthly_fee per started day late, cap 20% of monthly_fee per period",
        "remedy pay 2000 CNY per breach",
    ];

    private void WriteMatrix(int number)
    {
        var (stem, service) = Service();
        var shape = random.Next(Matrices.Length);
        Open("clause", $"{stem}_response_{number}", new Bilingual(service.Chinese + "故障响应", "Fault response for " + service.English).Numbered(number));
        // The third shape counts business days on the clause's own clock, so it needs a calendar clock.
        w.Line(shape == 2 ? "  clock office" : "  clock 24x7                 // cells with `on office` run on office hours");
        w.Line("  matrix {");
        foreach (var row in Matrices[shape]) w.Line("    " + row);
        w.Line("  }");
        if (shape == 0 && random.Next(2) == 0) w.Line("  resolve after acknowledged   // the resolve column runs from acknowledgement");
        w.Line("  " + Pick(Penalties));
        w.Line($"  claim within {30 * (1 + random.Next(3))} days after {(random.Next(2) == 0 ? "period end" : "breach")}");
        MaybeComment("  ");
        if (random.Next(3) == 0) TextItem(Pick(Vocabulary.Prose));
        Close();
    }

    private void WriteDistance(int number)
    {
        Open("clause", $"onsite_{number}", new Bilingual("现场技术支持", "On-site support").Numbered(number));
        w.Line($"  respond within {(random.Next(2) == 0 ? "30 min" : "1 h")} after reported");
        w.Line("  arrive by distance {");
        if (random.Next(4) == 0)
        {
            // Contracts written for the US state distances in miles.
            w.Line("    up to 30 mi  : 2 h");
            w.Line("    up to 60 mi  : 4 h");
            w.Line("    up to 250 mi : 8 h");
            w.Line("    beyond       : 24 h");
        }
        else
        {
            w.Line("    up to 50 km  : 2 h");
            w.Line("    up to 100 km : 4 h");
            w.Line("    up to 400 km : 8 h");
            w.Line("    up to 800 km : 12 h");
            w.Line(random.Next(2) == 0 ? "    beyond       : 24 h" : "    beyond       : -        // by negotiation");
        }
        w.Line("  }");
        w.Line("  " + Pick(Penalties));
        if (random.Next(2) == 0) TextItem(Pick(Vocabulary.Prose));
        Close();
    }

    private void WriteCommitments(int number)
    {
        Open("clause", $"complaints_{number}", new Bilingual("投诉处理", "Complaint handling").Numbered(number));
        w.Line("  clock office");
        w.Line($"  acknowledge within {15 * (1 + random.Next(3))} min");
        w.Line($"  respond within {1 + random.Next(4)} h after reported");
        w.Line("  report by next business day");
        w.Line($"  restore by end of business day {2 + random.Next(3)}");
        w.Line($"  resolve within {5 + random.Next(10)} business days after reported");
        w.Line($"  remedy {0.1m + 0.1m * random.Next(3)}% of contract_value per started day late, cap 2% of contract_value per incident");
        w.Line("  claim within 60 days after breach");
        TextItem(Pick(Vocabulary.Prose));
        Close();
    }
}
