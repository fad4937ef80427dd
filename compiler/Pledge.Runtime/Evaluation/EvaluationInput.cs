using System.Collections.Immutable;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Evaluation;

/// <summary>
/// What one evaluation needs besides the contract: the customer's parameter values by name, the period asked for
/// (it may span several of a clause's periods), the incident log, and what has already been paid under caps
/// `in total`, by clause name (in the contract's currency).
/// </summary>
public sealed record EvaluationInput(
    ImmutableDictionary<string, ParameterValue> Parameters,
    ReportingPeriod Period,
    IncidentLog Incidents,
    ImmutableDictionary<string, decimal> AlreadyPaid)
{
    public EvaluationInput(ReportingPeriod period, IncidentLog incidents)
        : this(ImmutableDictionary<string, ParameterValue>.Empty.WithComparers(StringComparer.Ordinal), period, incidents,
            ImmutableDictionary<string, decimal>.Empty.WithComparers(StringComparer.Ordinal))
    {
    }

    public EvaluationInput WithParameter(string name, ParameterValue value) => this with { Parameters = Parameters.SetItem(name, value) };

    public EvaluationInput WithAlreadyPaid(string clause, decimal amount) => this with { AlreadyPaid = AlreadyPaid.SetItem(clause, amount) };

    public decimal AlreadyPaidFor(string clause) => AlreadyPaid.TryGetValue(clause, out var paid) ? paid : 0m;
}
