namespace Pledge.Benchmarks.Generation;

/// <summary>Availability clauses: downtime allowances, exclusions, waivers and credit tables.</summary>
internal sealed partial class ClauseWriters
{
    /// <summary>
    /// Commitments with a monthly allowance no larger than the 28-day month allows (99.9% allows 40.3 min there),
    /// and credit thresholds that start at the commitment and fall.
    /// </summary>
    private static readonly (string Percent, string MaxDowntime, string[] CreditThresholds)[] Levels =
    [
        ("99.9%", "40 min", ["99.9%", "99.0%", "95.0%"]),
        ("99.95%", "20 min", ["99.95%", "99.5%", "99.0%"]),
        ("99.5%", "3 h", ["99.5%", "99.0%", "95.0%"]),
        ("99.99%", "4 min", ["99.99%", "99.9%", "99.0%"]),
        ("99.0%", "6 h", ["99.0%", "98.0%", "95.0%"]),
    ];

    private static readonly string[] Events = ["started", "reported", "acknowledged"];

    private void WriteAvailability(int number)
    {
        var (stem, service) = Service();
        var level = Pick(Levels);
        Open("clause", $"{stem}_{number}", new Bilingual(service.Chinese + "保证", "Guarantee of " + service.English).Numbered(number));
        var term = random.Next(Vocabulary.Terms.Length);
        w.Line($"  define {Vocabulary.Terms[term].Literal} :");
        w.Line($"    \"{Vocabulary.Definitions[term].Chinese}\"");
        w.Line($"  / \"{Vocabulary.Definitions[term].English}\"");
        w.Line();
        w.Line($"  availability {level.Percent} per month");
        w.Line($"  max downtime {level.MaxDowntime} per month          // within the shortest month's allowance");
        w.Line($"  downtime from {Pick(Events)} to restored");
        w.Line();
        w.Line($"  exclude causes {ExcludedCauses(3)}");
        w.Line($"  exclude unreported after {3 + random.Next(5)} days");
        if (random.Next(2) == 0)
        {
            var calendar = random.Next(2) == 0 ? " on office" : "";
            w.Line($"  exclude planned scheduled_maintenance with notice {2 + random.Next(5)} days{calendar}, at most {1 + random.Next(3)} per month");
        }
        w.Line($"  ignore outages shorter than {1 + random.Next(5)} min");
        w.Line();
        w.Line("  remedy waive monthly_fee when breached");
        if (random.Next(2) == 0) TextItem(Pick(Vocabulary.Prose));
        Close();
    }

    private void WriteCredits(int number)
    {
        var (stem, service) = Service();
        var level = Pick(Levels);
        Open("clause", $"{stem}_credits_{number}", new Bilingual(service.Chinese + "可用性抵扣", "Service credits for " + service.English).Numbered(number));
        w.Line($"  availability {level.Percent} per month");
        w.Line("  downtime from started to restored");
        w.Line($"  exclude causes {ExcludedCauses(2)}");
        w.Line("  remedy credit monthly_fee by availability {");
        var thresholds = level.CreditThresholds;
        // The first row is strict (`below`): `at or below` the commitment would credit a month the commitment calls met.
        w.Line($"    below {thresholds[0]}  : 10%");
        w.Line($"    below {thresholds[1]}  : 25%");
        w.Line($"    at or below {thresholds[2]} : 100%");
        w.Line($"  }}, cap {25 + 25 * random.Next(3)}% of monthly_fee per period");
        w.Line($"  claim within {15 * (1 + random.Next(4))} days after period end");
        Close();
    }
}
