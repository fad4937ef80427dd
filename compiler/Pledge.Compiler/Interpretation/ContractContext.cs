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
}
