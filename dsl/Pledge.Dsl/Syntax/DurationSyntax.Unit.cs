namespace Pledge.Dsl.Syntax;

public enum DurationUnit
{
    Minute,
    Hour,
    Day,
    BusinessDay,
    BusinessHour,
    Week,
    Month,
    Year,
}

public sealed partial class DurationSyntax
{
    public decimal Amount => Number.Value is decimal d ? d : 0m;

    public DurationUnit UnitKind => DurationUnits.Parse(string.Join(" ", Unit.Select(u => u.Text)));
}

public static class DurationUnits
{
    /// <summary>The words a duration unit may be written with, longest first for matching.</summary>
    public static readonly IReadOnlyList<(string Text, DurationUnit Unit)> Spellings =
    [
        ("business hours", DurationUnit.BusinessHour), ("business hour", DurationUnit.BusinessHour),
        ("business days", DurationUnit.BusinessDay), ("business day", DurationUnit.BusinessDay),
        ("minutes", DurationUnit.Minute), ("minute", DurationUnit.Minute), ("min", DurationUnit.Minute),
        ("hours", DurationUnit.Hour), ("hour", DurationUnit.Hour), ("h", DurationUnit.Hour),
        ("days", DurationUnit.Day), ("day", DurationUnit.Day),
        ("weeks", DurationUnit.Week), ("week", DurationUnit.Week),
        ("months", DurationUnit.Month), ("month", DurationUnit.Month),
        ("years", DurationUnit.Year), ("year", DurationUnit.Year),
    ];

    public static DurationUnit Parse(string text)
    {
        foreach (var (spelling, unit) in Spellings)
            if (spelling == text) return unit;
        throw new ArgumentException($"not a duration unit: {text}");
    }
}
