using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;

namespace Pledge.Compiler.Interpretation;

/// <summary>What every clause evaluation shares: the contract's settings, its clocks and top-level exclusions, and the input.</summary>
internal sealed class ContractContext(
    SemanticModel model,
    DateTimeZone zone,
    string currency,
    MoneyRounding rounding,
    EvaluationInput input)
{
    public SemanticModel Model { get; } = model;
    public DateTimeZone Zone { get; } = zone;
    public string Currency { get; } = currency;
    public MoneyRounding Rounding { get; } = rounding;
    public EvaluationInput Input { get; } = input;
    public Clocks Clocks { get; } = new(zone);
    public ImmutableArray<ExclusionSymbol> Exclusions { get; } = model.Exclusions;
    public ImmutableArray<Incident> Incidents => Input.Incidents.Incidents;

    private readonly Dictionary<string, decimal> _paidInThisRun = new(StringComparer.Ordinal);

    /// <summary>
    /// What a clause has paid under caps `in total` before the period being evaluated: the input's amount, plus
    /// what earlier periods of this same evaluation owe (a quarter evaluated month by month fills the cap in order).
    /// </summary>
    public decimal PaidBefore(string clause) => Input.AlreadyPaidFor(clause) + _paidInThisRun.GetValueOrDefault(clause);

    public void AddPaid(string clause, decimal amount) => _paidInThisRun[clause] = _paidInThisRun.GetValueOrDefault(clause) + amount;
}
