using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Documents.Model;

/// <summary>
/// LANGUAGE.md §4: a warranty covers the days from its start date up to, not including, the same date one
/// duration later; when that date does not exist (29 February, 31 April), the first day of the next month is
/// used. `1 year from 2026-03-15` ends (last covered day) 2027-03-14; `1 year from 2028-02-29` ends 2029-02-28.
/// Certificates print the same dates.
/// </summary>
public static class WarrantyPeriod
{
    /// <summary>The first day no longer covered, or null for units without a calendar meaning (business days, hours).</summary>
    /// <remarks>Also null when the end would fall past the calendar (`9000 years from 2026-01-01`): such a contract gets no
    /// end date rather than a crash in the document, the certificate or the editor's hover.</remarks>
    public static DateOnly? EndExclusive(DateOnly start, WrittenDuration duration)
    {
        if (duration.Amount != decimal.Truncate(duration.Amount) || duration.Amount < 0 || duration.Amount > 120_000) return null;
        var n = (int)duration.Amount;
        try
        {
            return duration.Unit switch
            {
                DurationUnit.Day => start.AddDays(n),
                DurationUnit.Week => start.AddDays(7 * n),
                DurationUnit.Month => SameDayOrNextMonth(start, n),
                DurationUnit.Year => SameDayOrNextMonth(start, 12 * n),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The last covered day: the day before <see cref="EndExclusive"/>.</summary>
    public static DateOnly? LastDay(DateOnly start, WrittenDuration duration) => EndExclusive(start, duration)?.AddDays(-1);

    // DateOnly.AddMonths clamps 29 February to the 28th; the language says the 1st of the next month instead.
    private static DateOnly SameDayOrNextMonth(DateOnly start, int months)
    {
        var firstOfTarget = new DateOnly(start.Year, start.Month, 1).AddMonths(months);
        var days = DateTime.DaysInMonth(firstOfTarget.Year, firstOfTarget.Month);
        return start.Day <= days ? firstOfTarget.AddDays(start.Day - 1) : firstOfTarget.AddMonths(1);
    }
}
