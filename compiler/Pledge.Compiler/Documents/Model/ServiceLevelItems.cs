using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>The downtime a percentage allows in one length of its period (from Facts/AvailabilityAllowance).</summary>
public sealed record AllowanceValue(int Days, int DstShiftMinutes, DurationValue Allowed);

/// <summary>`availability 99.9% per month`, with what it allows in each length of the period, shortest first.</summary>
public sealed record AvailabilityItem(PercentValue Percent, PeriodUnit? Period, ImmutableArray<AllowanceValue> Allowances) : DocumentItem
{
    public override string Kind => "availability";
}

/// <summary>`max downtime 44 min per month`.</summary>
public sealed record MaxDowntimeItem(DurationValue Duration, PeriodUnit? Period) : DocumentItem
{
    public override string Kind => "max-downtime";
}

/// <summary>`downtime from reported to restored`; also stated when only implied (the default) by an availability.</summary>
public sealed record DowntimeItem(IncidentEvent From, IncidentEvent To, bool IsWritten) : DocumentItem
{
    public override string Kind => "downtime";
}

/// <summary>`clock office` (a calendar) or `clock 24x7` (<see cref="Calendar"/> null).</summary>
public sealed record ClockItem(DocumentCalendar? Calendar) : DocumentItem
{
    public override string Kind => "clock";
}

/// <summary>A calendar as the document describes it: working days, hours, spans and holidays.</summary>
public sealed record DocumentCalendar(
    string Name,
    LocalizedText Title,
    ImmutableArray<NodaTime.IsoDayOfWeek> Days,
    ImmutableArray<TimeOfDayRange> Hours,
    ImmutableArray<WeeklySpan> Spans,
    ImmutableArray<DateRange> Holidays);
