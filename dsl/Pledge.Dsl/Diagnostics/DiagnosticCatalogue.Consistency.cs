namespace Pledge.Dsl.Diagnostics;

/// <summary>
/// PLG3xxx: clauses that contradict themselves or each other. The rules (compiler/Checks/Rules) build
/// their messages, because each message carries the figures that prove the inconsistency.
/// </summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor AvailabilityExceedsAllowance = new("PLG3001", "max-downtime-exceeds-availability", DiagnosticLevel.Error, "Maximum downtime exceeds what the availability allows");
}
