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
        var keyed = new List<(Instant First, int Row, Incident Incident)>(Incidents.Length);
        for (var row = 0; row < Incidents.Length; row++)
            if (Incidents[row].AppliesTo(clause)) keyed.Add((Incidents[row].FirstEvent ?? Instant.MaxValue, row, Incidents[row]));
        // The row number last: a stable order even for repeated ids, as LINQ's stable OrderBy gave before.
        keyed.Sort(static (a, b) =>
        {
            var byTime = a.First.CompareTo(b.First);
            if (byTime != 0) return byTime;
            var byId = string.CompareOrdinal(a.Incident.Id, b.Incident.Id);
            return byId != 0 ? byId : a.Row.CompareTo(b.Row);
        });
        var sorted = new Incident[keyed.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = keyed[i].Incident;
        _incidentsByClause[clause] = sorted;
        return sorted;
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
