using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3001: `max downtime` must fit inside what the `availability` percentage allows in the shortest
/// period. Otherwise the two promises disagree in some months: an outage can be within the stated
/// minutes and still break the percentage (99.9% of a 30-day month is 43.2 min, so "under 44 min" is
/// not the same promise).
/// </summary>
public sealed class AvailabilityAllowanceRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.AvailabilityExceedsAllowance;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause is not { Availability: { Period: { } period } availability, MaxDowntime: { } max }) continue;
            if (max.Period is { } maxPeriod && maxPeriod != period) continue;
            if (max.Duration.FixedMinutes is not { } maxMinutes) continue;

            var allowances = AvailabilityAllowance.For(availability.Percent, period, context.Zone);
            var broken = allowances.Where(a => maxMinutes > a.AllowedMinutes).ToList();
            if (broken.Count == 0) continue;

            var shortest = allowances[0];
            var listed = string.Join(", ", allowances.Select(a => $"{AvailabilityAllowance.Minutes(a.AllowedMinutes)} in {a.Length.Describe()}"));
            var longestBroken = broken[^1].Length.Describe();
            var suggested = Math.Floor(shortest.AllowedMinutes);
            var fix = suggested > 0
                ? CodeFix.Replace($"lower the maximum to {suggested} min", max.Syntax.Duration.Span, $"{suggested} min")
                : null;
            context.Report(max.Syntax.Duration,
                $"{availability.Percent}% per {period.ToString().ToLowerInvariant()} allows {listed}; " +
                $"`max downtime {max.Syntax.Duration.Number.Text} {string.Join(' ', max.Syntax.Duration.Unit.Select(u => u.Text))}` exceeds the allowance in {period.ToString().ToLowerInvariant()}s of {longestBroken}" +
                (broken.Count > 1 ? " or fewer" : ""),
                $"state at most {AvailabilityAllowance.Minutes(shortest.AllowedMinutes)}, what the percentage allows in the shortest {period.ToString().ToLowerInvariant()}, or lower the percentage",
                fix);
        }
    }
}
