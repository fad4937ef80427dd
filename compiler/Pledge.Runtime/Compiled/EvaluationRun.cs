using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;

namespace Pledge.Runtime.Compiled;

/// <summary>
/// The state of one call to a compiled evaluator's <c>Evaluate</c>: the input, the contract's settings, the incidents
/// of each clause in the order reports list them, and what caps `in total` have used up in earlier periods of the
/// same call (a quarter evaluated month by month fills such a cap in order). Emitted code creates one per call, so
/// an evaluator instance holds no per-customer state and can be shared between threads.
/// </summary>
public sealed class EvaluationRun(EvaluationInput input, DateTimeZone zone, string currency, MoneyRounding rounding)
{
    private readonly Dictionary<string, IReadOnlyList<Incident>> _incidentsByClause = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _paidInThisRun = new(StringComparer.Ordinal);
    private Incident[]? _sorted;

    public EvaluationInput Input { get; } = input;
    public DateTimeZone Zone { get; } = zone;
    public string Currency { get; } = currency;
    public MoneyRounding Rounding { get; } = rounding;
    public ImmutableArray<Incident> Incidents => Input.Incidents.Incidents;

    /// <summary>
    /// The incidents that count against the clause, in time order of their first event, then by id (ordinal): the
    /// report must not depend on the order of the log's rows. Computed once per clause and call.
    /// </summary>
    public IReadOnlyList<Incident> IncidentsOf(string clause)
    {
        if (_incidentsByClause.TryGetValue(clause, out var list)) return list;
        _sorted ??= InReportOrder(Incidents);
        var own = new List<Incident>(_sorted.Length);
        foreach (var incident in _sorted)
            if (incident.AppliesTo(clause)) own.Add(incident);
        _incidentsByClause[clause] = own;
        return own;
    }

    /// <summary>The whole log sorted once per call; each clause then keeps its own incidents in that order.</summary>
    private static Incident[] InReportOrder(ImmutableArray<Incident> incidents)
    {
        // A primitive sort on the first event's ticks (no comparer calls), then equal times put in order of id and
        // row: a stable order even for repeated ids.
        var ticks = new long[incidents.Length];
        var rows = new int[incidents.Length];
        for (var row = 0; row < incidents.Length; row++)
        {
            ticks[row] = incidents[row].FirstEvent is { } first ? first.ToUnixTimeTicks() : long.MaxValue;
            rows[row] = row;
        }
        Array.Sort(ticks, rows);
        var sorted = new Incident[incidents.Length];
        for (var i = 0; i < rows.Length;)
        {
            var j = i + 1;
            while (j < rows.Length && ticks[j] == ticks[i]) j++;
            // Instants are finer than ticks: a run of equal ticks is ordered exactly by the comparer.
            if (j - i > 1) Array.Sort(rows, i, j - i, new SameTickOrder(incidents));
            for (; i < j; i++) sorted[i] = incidents[rows[i]];
        }
        return sorted;
    }

    /// <summary>Incidents whose first events share a tick: by instant, then id (ordinal), then row.</summary>
    private readonly struct SameTickOrder(ImmutableArray<Incident> incidents) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var byTime = (incidents[a].FirstEvent ?? Instant.MaxValue).CompareTo(incidents[b].FirstEvent ?? Instant.MaxValue);
            if (byTime != 0) return byTime;
            var byId = string.CompareOrdinal(incidents[a].Id, incidents[b].Id);
            return byId != 0 ? byId : a.CompareTo(b);
        }
    }

    /// <summary>A money parameter's value (checked to be present by <see cref="ParameterChecks"/> before any clause runs).</summary>
    public Money MoneyOf(string parameter) =>
        Input.Parameters.TryGetValue(parameter, out var value) && value is MoneyParameter money
            ? money.Value
            : throw new EvaluationInputException($"the parameter `{parameter}` has no money value");

    /// <summary>What the clause has paid under caps `in total` before the period being evaluated.</summary>
    public decimal PaidBefore(string clause) => Input.AlreadyPaidFor(clause) + _paidInThisRun.GetValueOrDefault(clause);

    public void AddPaid(string clause, decimal amount) => _paidInThisRun[clause] = _paidInThisRun.GetValueOrDefault(clause) + amount;
}
