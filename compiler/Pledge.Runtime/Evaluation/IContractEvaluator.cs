using Pledge.Runtime.Reports;

namespace Pledge.Runtime.Evaluation;

/// <summary>
/// A contract made executable: the reference interpreter and every compiled evaluator implement this, and the
/// same input must give byte-identical reports (<see cref="ReportJsonWriter"/>) from both.
/// </summary>
public interface IContractEvaluator
{
    /// <summary>The contract's name (`contract NAME`).</summary>
    string ContractName { get; }

    /// <summary>The clause, cause and severity names the contract declares, for reading its incident logs strictly.</summary>
    Incidents.IncidentVocabulary Vocabulary { get; }

    /// <summary>Each parameter's declared type, for reading values given as text.</summary>
    IReadOnlyDictionary<string, ParameterKind> ParameterKinds { get; }

    /// <exception cref="EvaluationInputException">the inputs do not fit the contract.</exception>
    EvaluationReport Evaluate(EvaluationInput input);
}
