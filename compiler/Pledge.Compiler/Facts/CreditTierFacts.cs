using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Facts;

/// <summary>
/// A range of availability percentages: `from 99.9% up to 99.95%`, each end included or not.
/// </summary>
public sealed record AvailabilityRange(decimal From, bool FromIncluded, decimal To, bool ToIncluded)
{
    public bool IsSingleValue => From == To;

    /// <summary>A value inside the range, for messages: the range's middle (or its only value).</summary>
    public decimal Example => IsSingleValue ? From : (From + To) / 2;

    public string Describe()
    {
        if (IsSingleValue) return $"exactly {Percent(From)}";
        var from = FromIncluded ? $"from {Percent(From)}" : $"above {Percent(From)}";
        var to = ToIncluded ? $"up to and including {Percent(To)}" : $"up to (not including) {Percent(To)}";
        return $"{from} {to}";
    }

    public static string Percent(decimal value) => $"{DeadlineFacts.Number(value)}%";
}

/// <summary>
/// What a credit table pays against the clause's committed availability. Rows match by their own
/// operator and the matching row with the lowest threshold wins, so the table pays for every
/// availability below (or at) its highest threshold: <see cref="Highest"/>. Against a commitment of
/// A%, a breach is any availability below A: <see cref="Uncredited"/> is the breached range that no
/// row matches (the highest threshold is below A), <see cref="CreditedWhileMet"/> the range of met
/// availabilities a row still pays for (the highest threshold is above A, or `at or below A%`).
/// </summary>
public sealed class CreditTierFacts
{
    private CreditTierFacts(CreditRemedy credit, decimal? committed)
    {
        Credit = credit;
        Committed = committed;
        // Ties at the top: an inclusive row matches more, so it decides what the table covers.
        Highest = credit.Tiers.OrderByDescending(t => t.Threshold).ThenByDescending(t => t.Inclusive).FirstOrDefault();
        InThresholdOrder = [.. credit.Tiers.OrderByDescending(t => t.Threshold).ThenByDescending(t => t.Inclusive)];
        if (Highest is null || committed is not { } a) return;
        if (Highest.Threshold < a) Uncredited = new AvailabilityRange(Highest.Threshold, !Highest.Inclusive, a, false);
        else if (Highest.Threshold > a || Highest.Inclusive) CreditedWhileMet = new AvailabilityRange(a, true, Highest.Threshold, Highest.Inclusive);
    }

    public CreditRemedy Credit { get; }

    /// <summary>The clause's `availability` percentage, or null when it has none.</summary>
    public decimal? Committed { get; }

    /// <summary>The row with the highest threshold: where the credits start.</summary>
    public CreditTier? Highest { get; }

    /// <summary>The rows from the highest threshold to the lowest, the order they should be written in.</summary>
    public ImmutableArray<CreditTier> InThresholdOrder { get; }

    public AvailabilityRange? Uncredited { get; }

    public AvailabilityRange? CreditedWhileMet { get; }

    /// <summary>
    /// The met availabilities (at or above the commitment) that <paramref name="tier"/> matches, or null:
    /// `at or below 99.9%` against 99.9% matches exactly 99.9%; `below 99.99%` against 99.95% matches
    /// from 99.95% up to 99.99%.
    /// </summary>
    public AvailabilityRange? MetRangeOf(CreditTier tier) =>
        Committed is { } a && (tier.Threshold > a || (tier.Threshold == a && tier.Inclusive))
            ? new AvailabilityRange(a, true, tier.Threshold, tier.Inclusive)
            : null;

    /// <summary>Pairs of rows, in threshold order, where the lower availability earns a smaller credit.</summary>
    public IEnumerable<(CreditTier Lower, CreditTier Higher)> ShrinkingCredits()
    {
        for (var i = 1; i < InThresholdOrder.Length; i++)
        {
            var lower = InThresholdOrder[i];
            var larger = InThresholdOrder.Take(i).Where(t => t.Threshold > lower.Threshold && t.Credit > lower.Credit).OrderByDescending(t => t.Credit).FirstOrDefault();
            if (larger is not null) yield return (lower, larger);
        }
    }

    /// <summary>Pairs of rows with the same threshold: which one wins at that threshold is not said.</summary>
    public IEnumerable<(CreditTier Second, CreditTier First)> SharedThresholds()
    {
        for (var i = 1; i < Credit.Tiers.Length; i++)
            if (Credit.Tiers.Take(i).FirstOrDefault(t => t.Threshold == Credit.Tiers[i].Threshold) is { } first)
                yield return (Credit.Tiers[i], first);
    }

    /// <summary>True when the rows are written from the highest threshold to the lowest, each threshold once.</summary>
    public bool WrittenInOrder
    {
        get
        {
            for (var i = 1; i < Credit.Tiers.Length; i++)
                if (Credit.Tiers[i].Threshold >= Credit.Tiers[i - 1].Threshold) return false;
            return true;
        }
    }

    public static CreditTierFacts For(CreditRemedy credit, decimal? committed) => new(credit, committed);

    /// <summary>`below 99.95% : 10%` as written.</summary>
    public static string Text(CreditTier tier) => DeadlineFacts.Text(tier.Syntax);

    public static string Operator(CreditTier tier) => tier.Inclusive ? "at or below" : "below";
}
