using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// The last day a warranty covers, as LANGUAGE.md §4 defines it: the days from the start up to, not including,
/// the same date one period later; when that date does not exist, the first day of the next month is used
/// (`1 year from 2028-02-29` ends 2029-02-28). Null for durations with no calendar length (business units).
/// </summary>
public static class WarrantyEnd
{
    public static DateOnly? LastDay(DateOnly start, WrittenDuration duration)
    {
        if (duration.Amount != decimal.Truncate(duration.Amount) || duration.Amount < 0 || duration.Amount > 1000) return null;
        var n = (int)duration.Amount;
        DateOnly end;
        switch (duration.Unit)
        {
            case DurationUnit.Day: end = start.AddDays(n); break;
            case DurationUnit.Week: end = start.AddDays(7 * n); break;
            case DurationUnit.Month: end = SameDayLater(start, n); break;
            case DurationUnit.Year: end = SameDayLater(start, 12 * n); break;
            default: return null;
        }
        return end.AddDays(-1);
    }

    private static DateOnly SameDayLater(DateOnly start, int months)
    {
        var firstOfMonth = new DateOnly(start.Year, start.Month, 1).AddMonths(months);
        return start.Day <= DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)
            ? new DateOnly(firstOfMonth.Year, firstOfMonth.Month, start.Day)
            : firstOfMonth.AddMonths(1);
    }
}
