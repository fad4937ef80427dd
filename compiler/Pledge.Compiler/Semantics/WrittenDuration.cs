using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `30 min`, `1 business day`: an amount of a unit, kept as written (calendar units depend on the clock).
/// Not called `Duration` so that it never clashes with NodaTime's.
/// </summary>
public readonly record struct WrittenDuration(decimal Amount, DurationUnit Unit)
{
    /// <summary>Elapsed minutes for units with a fixed length; null for business, month and year units.</summary>
    public decimal? FixedMinutes => Unit switch
    {
        DurationUnit.Minute => Amount,
        DurationUnit.Hour => Amount * 60,
        DurationUnit.Day => Amount * 1440,
        DurationUnit.Week => Amount * 10080,
        _ => null,
    };

    public override string ToString() => $"{Amount} {Unit}";
}
