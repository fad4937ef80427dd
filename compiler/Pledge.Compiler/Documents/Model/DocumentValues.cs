using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Documents.Model;

// The values a document states. They stay typed until a locale formats them, so that one change in the
// `.sla` file shows in every language, and a custom template can format them itself.

/// <summary>A percentage as written: 99.9 for `99.9%`.</summary>
public readonly record struct PercentValue(decimal Value);

/// <summary>An amount of money in an ISO 4217 currency, with the currency's minor digits.</summary>
public readonly record struct MoneyValue(decimal Amount, string Currency, int MinorDigits);

/// <summary>`30 min`, `1 business day`: an amount of a unit, as written.</summary>
public readonly record struct DurationValue(decimal Amount, DurationUnit Unit)
{
    public static DurationValue From(WrittenDuration duration) => new(duration.Amount, duration.Unit);

    /// <summary>Minutes as a value of its own (an allowance computed from a percentage).</summary>
    public static DurationValue Minutes(decimal minutes) => new(minutes, DurationUnit.Minute);
}

/// <summary>`50 km`, `100 mi`: a distance bound as written.</summary>
public readonly record struct DistanceValue(decimal Amount, string Unit);
