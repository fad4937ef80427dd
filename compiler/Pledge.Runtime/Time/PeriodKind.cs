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
