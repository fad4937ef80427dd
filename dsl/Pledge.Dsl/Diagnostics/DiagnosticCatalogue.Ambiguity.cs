namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// PLG4xxx: a clause that can be read two ways, or that leaves what is owed undefined: lateness counted
/// neither in started nor in full units, business time with no calendar to count it on, a cap or an
/// availability without the period it applies to, a remedy with nothing that can be breached. The rules
/// (compiler/Checks/Rules) build their messages, because each one names what is missing where.
/// </summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor PenaltyCountingUnspecified = new("PLG4001", "penalty-counting-unspecified", DiagnosticLevel.Error, "Lateness penalty neither in started nor in full units");
    public static readonly DiagnosticDescriptor BusinessTimeWithoutCalendar = new("PLG4002", "business-time-without-calendar", DiagnosticLevel.Error, "Business time with no calendar in scope");
    public static readonly DiagnosticDescriptor BusinessDayOnSpanCalendar = new("PLG4003", "business-day-on-span-calendar", DiagnosticLevel.Error, "Business days on a calendar without daily hours");
    public static readonly DiagnosticDescriptor CapWithoutScope = new("PLG4004", "cap-without-scope", DiagnosticLevel.Error, "Cap without a scope");
    public static readonly DiagnosticDescriptor AvailabilityWithoutPeriod = new("PLG4005", "availability-without-period", DiagnosticLevel.Error, "Availability without a measurement period");
    public static readonly DiagnosticDescriptor MaxDowntimeWithoutPeriod = new("PLG4006", "max-downtime-without-period", DiagnosticLevel.Error, "Maximum downtime without a period");
    public static readonly DiagnosticDescriptor RemedyWithoutBreach = new("PLG4007", "remedy-without-breach", DiagnosticLevel.Warning, "Remedy on a clause with nothing that can be breached");
}
