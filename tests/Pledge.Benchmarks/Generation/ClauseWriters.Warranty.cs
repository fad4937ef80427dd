namespace Pledge.Benchmarks.Generation;

/// <summary>Warranties and free-prose clauses.</summary>
internal sealed partial class ClauseWriters
{
    private static readonly string[] Coverages =
    [
        "free repair",
        "repair or replace at provider's option",
        "repair up to 5% of contract_value",
        "repair or replace or refund at provider's option",
        "replace",
    ];

    private static readonly string[] Durations = ["1 year from completion", "24 months from completion", "3 years from 2026-03-15"];

    private void WriteWarranty(int number)
    {
        Open("warranty", $"warranty_{number}", new Bilingual("保修", "Warranty").Numbered(number));
        w.Line($"  duration {Pick(Durations)}");
        var items = 1 + random.Next(3);
        for (var i = 0; i < items; i++)
        {
            // Covered-item names are unique within the file, not only within the warranty.
            var item = Vocabulary.WarrantyItems[(number + i) % Vocabulary.WarrantyItems.Length];
            w.Line($"  covers item_{number}_{i} {item.Literal} : {Pick(Coverages)}");
        }
        w.Line("  excludes \"消费者提供的材料造成的质量问题\" / \"defects from materials the customer supplied\"");
        w.Line("  excludes causes force_majeure");
        w.Line("  outside scope : paid repair \"按公布的收费标准\" / \"at the published rates\"");
        if (random.Next(2) == 0) w.Line($"  replacement covered for the remainder or {30 * (1 + random.Next(6))} days, whichever is longer");
        Close();
    }

    private void WriteProse(int number)
    {
        Open("clause", $"terms_{number}", new Bilingual("服务条款", "Service terms").Numbered(number));
        if (random.Next(2) == 0)
        {
            var term = random.Next(Vocabulary.Terms.Length);
            w.Line($"  define {Vocabulary.Terms[term].Literal} : {Vocabulary.Definitions[term].Literal}");
        }
        var texts = 2 + random.Next(4);
        for (var i = 0; i < texts; i++) TextItem(Pick(Vocabulary.Prose));
        Close();
    }
}
