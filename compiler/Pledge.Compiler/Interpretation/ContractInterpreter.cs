using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Compiled;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// The reference evaluator: walks the semantic model of a contract and applies LANGUAGE.md §5 directly, kept
/// simple so that it is obviously right; the compiled evaluators are tested against it. Evaluates every clause
/// that commits something (availability, maximum downtime, milestones or remedies); a requested period longer than
/// a clause's period is evaluated one clause period at a time.
/// </summary>
public sealed class ContractInterpreter : IContractEvaluator
{
    private readonly SemanticModel _model;
    private readonly ContractSymbol _contract;

    /// <exception cref="ArgumentException">the file has no contract header (a library cannot be evaluated).</exception>
    public ContractInterpreter(SemanticModel model)
    {
        _model = model;
        _contract = model.Contract ?? throw new ArgumentException($"`{model.SyntaxTree.Path}` has no `contract` header: only a contract can be evaluated", nameof(model));
        Vocabulary = IncidentVocabulary.Of(model.Clauses.Select(c => c.Name), model.Causes.Select(c => c.Name), model.Severities.Select(s => s.Name));
        ParameterKinds = model.Parameters
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First().Type.ToRuntime(), StringComparer.Ordinal);
    }

    public string ContractName => _contract.Name;

    public IncidentVocabulary Vocabulary { get; }

    public IReadOnlyDictionary<string, ParameterKind> ParameterKinds { get; }

    /// <summary>The clauses that are evaluated: those committing availability, a maximum downtime, milestones or remedies.</summary>
    public ImmutableArray<ClauseSymbol> EvaluatedClauses =>
        [.. _model.Clauses.Where(c => c.Availability is not null || c.MaxDowntime is not null || c.HasMilestones || !c.Remedies.IsEmpty)];

    /// <summary>The period each clause measures in: that of `availability`, else `max downtime`, else a month.</summary>
    public static PeriodKind ClausePeriod(ClauseSymbol clause) =>
        (clause.Availability?.Period ?? clause.MaxDowntime?.Period)?.ToRuntime() ?? PeriodKind.Month;

    public static EvaluationReport Evaluate(SemanticModel model, EvaluationInput input) => new ContractInterpreter(model).Evaluate(input);

    public EvaluationReport Evaluate(EvaluationInput input)
    {
        var clauses = EvaluatedClauses;
        var problems = ParameterValues.Problems(clauses, input).ToList();
        if (problems.Count > 0) throw new EvaluationInputException(string.Join("; ", problems));

        var zone = _contract.TimeZone ?? DateTimeZone.Utc;
        var currency = _contract.Currency ?? "XXX";
        var context = new ContractContext(_model, zone, currency, _contract.Rounding.ToRuntime(), input);

        var reports = ImmutableArray.CreateBuilder<ClauseReport>();
        foreach (var clause in clauses)
        {
            var unit = ClausePeriod(clause);
            var parts = PeriodParts.Split(input.Period, unit, clause.Name);
            var planned = new PlannedMaintenanceLedger(clause, context, unit);
            foreach (var part in parts) reports.Add(ClauseInterpreter.Evaluate(clause, part, context, planned));
        }

        var byCurrency = reports.SelectMany(r => r.Remedies).GroupBy(r => r.Amount.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Amount.Amount), StringComparer.Ordinal);
        var total = new Money(context.Rounding.Round(byCurrency.GetValueOrDefault(currency)), currency);
        var others = byCurrency.Where(kv => kv.Key != currency).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Money(context.Rounding.Round(kv.Value), kv.Key)).ToImmutableArray();

        return new EvaluationReport(_contract.Name, _contract.Title.Primary, input.Period, _contract.TimeZoneName ?? zone.Id, zone,
            currency, context.Rounding, reports.ToImmutable(), total, others);
    }
}
