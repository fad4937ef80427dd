namespace Pledge.Compiler.Semantics;

/// <summary>The `per PERIOD` of availability, allowances and caps: calendar periods in the contract's zone.</summary>
public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

public static class PeriodUnitKeywords
{
    public static PeriodUnit? Parse(string text) => text switch
    {
        "day" => PeriodUnit.Day,
        "week" => PeriodUnit.Week,
        "month" => PeriodUnit.Month,
        "quarter" => PeriodUnit.Quarter,
        "year" => PeriodUnit.Year,
        _ => null,
    };
}
