namespace Pledge.Runtime.Time;

/// <summary>The calendar periods a contract measures in (`per month`) and that `--period` names.</summary>
public enum PeriodKind
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

public static class PeriodKinds
{
    /// <summary>`day`, `week`, `month`, `quarter`, `year`: the keyword as the language writes it (no allocation).</summary>
    public static string Keyword(this PeriodKind kind) => kind switch
    {
        PeriodKind.Day => "day",
        PeriodKind.Week => "week",
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        _ => "year",
    };
}
