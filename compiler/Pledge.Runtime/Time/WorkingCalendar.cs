using System.Collections.Immutable;
using NodaTime;

namespace Pledge.Runtime.Time;

/// <summary>
/// A calendar's working time: <see cref="Hours"/> on each of <see cref="Days"/>, plus continuous weekly
/// <see cref="Spans"/>, minus whole <see cref="Holidays"/> (which apply to spans too), in <see cref="Zone"/> (an
/// IANA zone or a fixed offset). Working time is laid out per local date as minute ranges, then mapped to instants.
/// </summary>
public sealed class WorkingCalendar
{
    private const int MinutesPerWeek = 7 * 1440;
    private readonly ImmutableArray<(int From, int To)>[] _rangesByDay = new ImmutableArray<(int, int)>[8];

    public WorkingCalendar(
        string name,
        IEnumerable<IsoDayOfWeek> days,
        IEnumerable<DailyHours> hours,
        IEnumerable<DateInterval> holidays,
        IEnumerable<WeeklyRange> spans,
        DateTimeZone zone)
    {
        Name = name;
        Days = [.. days.Distinct().Order()];
        Hours = [.. hours];
        Holidays = [.. holidays];
        Spans = [.. spans];
        Zone = zone;
        for (var d = 1; d <= 7; d++) _rangesByDay[d] = RangesOn((IsoDayOfWeek)d);
        BusinessDay = Duration.FromMinutes(Hours.Sum(h => h.Minutes));
    }

    public string Name { get; }
    public ImmutableArray<IsoDayOfWeek> Days { get; }
    public ImmutableArray<DailyHours> Hours { get; }
    public ImmutableArray<DateInterval> Holidays { get; }
    public ImmutableArray<WeeklyRange> Spans { get; }
    public DateTimeZone Zone { get; }

    /// <summary>What `1 business day` means: the length of the daily hours; zero on a span-only calendar (undefined there).</summary>
    public Duration BusinessDay { get; }

    public bool HasWorkingTime => _rangesByDay.Skip(1).Any(r => !r.IsEmpty);

    public bool IsHoliday(LocalDate date)
    {
        foreach (var holiday in Holidays)
            if (holiday.Contains(date)) return true;
        return false;
    }

    /// <summary>The merged minute ranges of a weekday (1 = Monday … 7 = Sunday), holidays not applied.</summary>
    public ImmutableArray<(int From, int To)> RangesOf(IsoDayOfWeek day) => _rangesByDay[(int)day];

    /// <summary>A local date and minute of day (1440 = the next midnight) as an instant, as <see cref="WindowsOn"/> maps them.</summary>
    public Instant InstantOf(LocalDate date, int minute) => At(date, minute);

    /// <summary>The working stretches of one local date, as instants, in order (none on a holiday).</summary>
    public IEnumerable<Interval> WindowsOn(LocalDate date)
    {
        if (IsHoliday(date)) yield break;
        foreach (var (from, to) in _rangesByDay[(int)date.DayOfWeek])
            yield return new Interval(At(date, from), At(date, to));
    }

    /// <summary>A local date and minute of day as an instant; times in a daylight-saving gap move forward, repeated ones take the first.</summary>
    private Instant At(LocalDate date, int minute) =>
        minute >= 1440
            ? Zone.AtStartOfDay(date.PlusDays(1)).ToInstant()
            : Zone.AtLeniently(date.At(LocalTime.FromMinutesSinceMidnight(minute))).ToInstant();

    /// <summary>The merged minute ranges of a weekday: its hours if it is a working day, and the pieces of the spans that cover it.</summary>
    private ImmutableArray<(int From, int To)> RangesOn(IsoDayOfWeek day)
    {
        var ranges = new List<(int From, int To)>();
        if (Days.Contains(day)) ranges.AddRange(Hours.Where(h => h.Minutes > 0).Select(h => (h.FromMinute, h.ToMinute)));
        var dayStart = ((int)day - 1) * 1440;
        foreach (var span in Spans)
        {
            var from = ((int)span.FromDay - 1) * 1440 + span.FromMinute;
            var to = ((int)span.ToDay - 1) * 1440 + span.ToMinute;
            if (to <= from) to += MinutesPerWeek;
            // The span may cover this weekday in this week or, when it wraps, in the next.
            foreach (var offset in new[] { 0, MinutesPerWeek })
            {
                var lo = Math.Max(from, dayStart + offset);
                var hi = Math.Min(to, dayStart + offset + 1440);
                if (hi > lo) ranges.Add((lo - dayStart - offset, hi - dayStart - offset));
            }
        }
        var merged = new List<(int From, int To)>();
        foreach (var r in ranges.OrderBy(r => r.From))
        {
            if (merged.Count > 0 && r.From <= merged[^1].To) merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, r.To));
            else merged.Add(r);
        }
        return [.. merged];
    }
}
