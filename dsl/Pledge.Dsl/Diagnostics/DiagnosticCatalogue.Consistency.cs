namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// PLG3xxx: clauses that contradict themselves or each other. The rules (compiler/Checks/Rules) build
/// their messages, because each message carries the figures that prove the inconsistency.
/// </summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor AvailabilityExceedsAllowance = new("PLG3001", "max-downtime-exceeds-availability", DiagnosticLevel.Error, "Maximum downtime exceeds what the availability allows");

    // Credit tables (`remedy credit … by availability { … }`) against the committed availability.
    public static readonly DiagnosticDescriptor CreditTiersLeaveGap = new("PLG3002", "credit-tiers-leave-gap", DiagnosticLevel.Error, "Credit tiers leave a breached availability without credit");
    public static readonly DiagnosticDescriptor CreditForMetAvailability = new("PLG3003", "credit-for-met-availability", DiagnosticLevel.Error, "Credit tier pays for an availability the commitment calls met");
    public static readonly DiagnosticDescriptor CreditTiersUnordered = new("PLG3004", "credit-tiers-unordered", DiagnosticLevel.Warning, "Credit tiers not ordered");

    // Response deadlines.
    public static readonly DiagnosticDescriptor MatrixNotMonotonic = new("PLG3005", "matrix-not-monotonic", DiagnosticLevel.Warning, "More severe fault given a longer deadline");
    public static readonly DiagnosticDescriptor MilestoneOrder = new("PLG3006", "milestone-order", DiagnosticLevel.Warning, "Milestone due after a later milestone");

    // Distance tiers (`MILESTONE by distance { … }`).
    public static readonly DiagnosticDescriptor DistanceTiersUnordered = new("PLG3007", "distance-tiers-unordered", DiagnosticLevel.Error, "Distance tiers not ordered nearest first");
    public static readonly DiagnosticDescriptor DistanceTiersOverlap = new("PLG3008", "distance-tiers-overlap", DiagnosticLevel.Error, "Distance tiers with the same bound");
    public static readonly DiagnosticDescriptor DistanceFartherFaster = new("PLG3009", "distance-farther-faster", DiagnosticLevel.Warning, "Farther distance tier given a shorter deadline");
    public static readonly DiagnosticDescriptor DistanceMissingBeyond = new("PLG3010", "distance-missing-beyond", DiagnosticLevel.Warning, "Distance tiers without `beyond`");
    public static readonly DiagnosticDescriptor DistanceBeyondNotLast = new("PLG3011", "distance-beyond-not-last", DiagnosticLevel.Error, "`beyond` is not the last distance tier");

    // Amounts.
    public static readonly DiagnosticDescriptor CapBelowUnitPenalty = new("PLG3012", "cap-below-unit-penalty", DiagnosticLevel.Warning, "Cap smaller than one unit's penalty");
    public static readonly DiagnosticDescriptor PercentageOutOfRange = new("PLG3013", "percentage-out-of-range", DiagnosticLevel.Error, "Percentage outside 0–100");

    // Warranties and calendars.
    public static readonly DiagnosticDescriptor WarrantyCoversExcludedCause = new("PLG3014", "warranty-covers-excluded-cause", DiagnosticLevel.Error, "Warranty covers and excludes the same cause");
    public static readonly DiagnosticDescriptor DeadlineOnCalendarWithoutWorkingTime = new("PLG3015", "calendar-without-working-time", DiagnosticLevel.Error, "Deadline on a calendar with no working time");
}
