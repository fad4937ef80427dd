using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>`exclude causes a, b`; in a top-level exclusion (<see cref="Everywhere"/>) it applies to every clause.</summary>
public sealed record ExcludeCausesItem(ImmutableArray<LocalizedText> Causes, bool Everywhere) : DocumentItem
{
    public override string Kind => "exclude-causes";
    public override string Family => "exclusion";
}

/// <summary>`exclude unreported after 5 days`.</summary>
public sealed record ExcludeUnreportedItem(DurationValue After) : DocumentItem
{
    public override string Kind => "exclude-unreported";
    public override string Family => "exclusion";
}

/// <summary>`exclude planned CAUSE with notice D [on CALENDAR][, at most N per PERIOD]`.</summary>
public sealed record ExcludePlannedItem(LocalizedText? Cause, DurationValue Notice, LocalizedText? NoticeCalendar, int? AtMost, PeriodUnit? AtMostPer) : DocumentItem
{
    public override string Kind => "exclude-planned";
    public override string Family => "exclusion";
}

/// <summary>`ignore outages shorter than 5 min`.</summary>
public sealed record IgnoreItem(DurationValue ShorterThan) : DocumentItem
{
    public override string Kind => "ignore";
}
