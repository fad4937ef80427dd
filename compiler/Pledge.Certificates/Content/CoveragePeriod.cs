using NodaTime;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Semantics;

namespace Pledge.Certificates.Content;

/// <summary>
/// The days a certificate covers, by LANGUAGE.md §4: from the start date up to, not including, the same date one
/// duration later, or the first day of the next month when that date does not exist. The certificate prints the
/// last covered day: `1 year from 2026-03-15` ends 2027-03-14; `1 year from 2028-02-29` ends 2029-02-28.
/// The rule itself is the contract document's <see cref="WarrantyPeriod"/>, so that the signed document and the
/// certificates can never state different dates; this is its NodaTime face.
/// </summary>
public static class CoveragePeriod
{
    /// <summary>The last covered day, or null when the duration has no calendar length (business days, hours, a fraction).</summary>
    public static LocalDate? LastDay(LocalDate start, WrittenDuration duration) =>
        WarrantyPeriod.LastDay(start.ToDateOnly(), duration) is { } last ? LocalDate.FromDateOnly(last) : null;

    /// <summary>Why <see cref="LastDay"/> has no answer for this duration, for the error message.</summary>
    public static string Unsupported(WrittenDuration duration) =>
        $"a certificate needs a warranty duration in whole days, weeks, months or years (the warranty says `{duration}`)";
}
