using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Facts;

/// <summary>
/// How a distance commitment's tiers apply. The first tier whose bound is at least the distance
/// applies and `beyond` catches the rest, so the tiers should be written nearest first with distinct
/// bounds and `beyond` last; <see cref="Effective"/> is the order in which they really apply.
/// Bounds are compared in kilometres (miles converted).
/// </summary>
public sealed class DistanceTierFacts
{
    private DistanceTierFacts(DistanceCommitment commitment)
    {
        Commitment = commitment;
        var tiers = commitment.Tiers;
        var outOfOrder = ImmutableArray.CreateBuilder<(DistanceTier, DistanceTier)>();
        var sameBound = ImmutableArray.CreateBuilder<(DistanceTier, DistanceTier)>();
        var misplaced = ImmutableArray.CreateBuilder<DistanceTier>();
        var bounded = new List<DistanceTier>();
        DistanceTier? beyond = null;
        for (var i = 0; i < tiers.Length; i++)
        {
            var tier = tiers[i];
            if (tier.IsBeyond)
            {
                if (beyond is not null || i < tiers.Length - 1) misplaced.Add(tier);
                beyond ??= tier;
                continue;
            }
            if (tier.UpToKm is not { } km) continue;
            if (bounded.FirstOrDefault(b => b.UpToKm == km) is { } same) sameBound.Add((tier, same));
            else if (bounded.Where(b => b.UpToKm > km).OrderBy(b => b.UpToKm).FirstOrDefault() is { } farther) outOfOrder.Add((tier, farther));
            bounded.Add(tier);
        }
        Beyond = beyond;
        OutOfOrder = outOfOrder.ToImmutable();
        SameBound = sameBound.ToImmutable();
        MisplacedBeyond = misplaced.ToImmutable();
        // A tier whose bound repeats an earlier one never applies: the earlier one is found first.
        var effective = bounded.Where(t => !SameBound.Any(p => ReferenceEquals(p.Tier, t))).OrderBy(t => t.UpToKm).ToList();
        if (beyond is not null) effective.Add(beyond);
        Effective = [.. effective];
        FarthestKm = bounded.Count == 0 ? null : bounded.Max(t => t.UpToKm);
    }

    public DistanceCommitment Commitment { get; }

    /// <summary>The first `beyond` tier, or null when the tiers have none (sites past the farthest bound get no deadline).</summary>
    public DistanceTier? Beyond { get; }

    /// <summary>The farthest bound in kilometres, or null when there is no bounded tier.</summary>
    public decimal? FarthestKm { get; }

    /// <summary>Tiers written after a tier with a larger bound (which is named), nearest such first.</summary>
    public ImmutableArray<(DistanceTier Tier, DistanceTier Farther)> OutOfOrder { get; }

    /// <summary>Tiers whose bound repeats an earlier tier's (which is named): they never apply.</summary>
    public ImmutableArray<(DistanceTier Tier, DistanceTier Earlier)> SameBound { get; }

    /// <summary>`beyond` tiers followed by other tiers, and any second `beyond`.</summary>
    public ImmutableArray<DistanceTier> MisplacedBeyond { get; }

    /// <summary>The tiers that can apply, nearest first, `beyond` last.</summary>
    public ImmutableArray<DistanceTier> Effective { get; }

    /// <summary>
    /// Tiers that give a farther site less time than a nearer tier (the nearer tier with the longest
    /// comparable deadline is named). Only deadlines on the same clock are compared; `-` is no deadline.
    /// </summary>
    public IEnumerable<(DistanceTier Farther, DeadlineMagnitude FartherTime, DistanceTier Nearer, DeadlineMagnitude NearerTime)> FartherFaster(CalendarSymbol? clauseClock)
    {
        var measured = Effective
            .Select(t => (Tier: t, Time: t.Deadline is null ? null : DeadlineFacts.Measure(t.Deadline, clauseClock)))
            .ToList();
        for (var i = 1; i < measured.Count; i++)
        {
            if (measured[i].Time is not { } time) continue;
            var slowest = measured.Take(i)
                .Where(m => m.Time is { } t && t.IsComparableWith(time) && t.Minutes > time.Minutes)
                .OrderByDescending(m => m.Time!.Minutes)
                .FirstOrDefault();
            if (slowest.Tier is not null) yield return (measured[i].Tier, time, slowest.Tier, slowest.Time!);
        }
    }

    public static DistanceTierFacts For(DistanceCommitment commitment) => new(commitment);

    /// <summary>`up to 50 km` or `beyond`, as written.</summary>
    public static string Bound(DistanceTier tier) =>
        tier.IsBeyond ? "beyond" : $"up to {DeadlineFacts.Number(tier.Amount ?? 0)} {tier.Unit}";
}
