using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `exclude planned CAUSE with notice D [on CALENDAR][, at most N per PERIOD]`: incidents of that cause
/// announced at least D before they started; past N in a period they count as downtime again.
/// </summary>
public sealed record PlannedExclusion(
    CauseSymbol? Cause,
    WrittenDuration Notice,
    CalendarSymbol? NoticeCalendar,
    int? AtMost,
    PeriodUnit? AtMostPer,
    ExcludePlannedItemSyntax Syntax);
