using System.Collections.Concurrent;
using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Facts;

/// <summary>
/// Every length a period (day, week, month, quarter, year) takes in a zone, found by measuring the real
/// periods of eight years (two leap years, every daylight saving rule the zone has had lately), shortest first.
/// </summary>
public static class PeriodLengths
{
    private const int FirstYear = 2024;
    private const int Years = 8;

    private static readonly ConcurrentDictionary<(string Zone, PeriodUnit Unit), ImmutableArray<PeriodLength>> Cache = new();

    public static ImmutableArray<PeriodLength> Of(PeriodUnit unit, DateTimeZone zone) =>
        Cache.GetOrAdd((zone.Id, unit), key => Measure(key.Unit, zone));

    private static ImmutableArray<PeriodLength> Measure(PeriodUnit unit, DateTimeZone zone)
    {
        var lengths = new HashSet<PeriodLength>();
        var start = new LocalDate(FirstYear, 1, 1);
        var end = start.PlusYears(Years);
        for (var date = start; date < end; date = Next(date, unit))
        {
            var next = Next(date, unit);
            var minutes = (decimal)(zone.AtStartOfDay(next).ToInstant() - zone.AtStartOfDay(date).ToInstant()).TotalMinutes;
            var days = Period.Between(date, next, NodaTime.PeriodUnits.Days).Days;
            lengths.Add(new PeriodLength(days, (int)(minutes - days * 1440m), minutes));
        }
        return [.. lengths.OrderBy(l => l.Minutes).ThenBy(l => l.Days)];
    }

    private static LocalDate Next(LocalDate date, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => date.PlusDays(1),
        PeriodUnit.Week => date.PlusWeeks(1),
        PeriodUnit.Month => date.PlusMonths(1),
        PeriodUnit.Quarter => date.PlusMonths(3),
        _ => date.PlusYears(1),
    };
}
