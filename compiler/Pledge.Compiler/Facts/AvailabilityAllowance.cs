using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Facts;

/// <summary>How much downtime a percentage allows in one length of its period.</summary>
public sealed record AllowanceForLength(PeriodLength Length, decimal AllowedMinutes);

/// <summary>
/// The downtime `availability P per PERIOD` allows, for every length the period can have in the
/// contract's zone: (1 − P) × length. Hovers and documents show these; PLG3001 compares against them.
/// </summary>
public static class AvailabilityAllowance
{
    public static ImmutableArray<AllowanceForLength> For(decimal percent, PeriodUnit period, DateTimeZone zone) =>
        [.. PeriodLengths.Of(period, zone).Select(l => new AllowanceForLength(l, l.Minutes * (100m - percent) / 100m))];

    /// <summary>`40.3 min` — minutes to one decimal, as contracts state them.</summary>
    public static string Minutes(decimal minutes) => $"{Math.Round(minutes, 1, MidpointRounding.AwayFromZero):0.0} min";
}
