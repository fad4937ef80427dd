namespace Pledge.Compiler.Semantics;

/// <summary>`2026-10-01..2026-10-07` (both days included) or one day (`From == To`).</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
