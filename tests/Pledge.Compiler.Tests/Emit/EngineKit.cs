using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Reports;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// Both engines for one contract: the reference interpreter and the compiled evaluator, through one cache shared by
/// the test run (under the test output's `.artifacts/evaluators`, so tests never touch the user's cache).
/// </summary>
internal static class EngineKit
{
    public static readonly EvaluatorCache Cache = new(Path.Combine(AppContext.BaseDirectory, ".artifacts", "evaluators"));

    public static SemanticModel Model(string text, string path = "/virtual/main.sla")
    {
        var compilation = Compilation.FromText(text, path);
        var errors = compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + text);
        return compilation.GetSemanticModel(compilation.RootTrees[0]);
    }

    public static SemanticModel ModelOfFile(string path)
    {
        var compilation = Compilation.Create([path]);
        return compilation.GetSemanticModel(compilation.RootTrees[0]);
    }

    public static (IContractEvaluator Interpreted, IContractEvaluator Compiled) Engines(SemanticModel model) =>
        (new ContractInterpreter(model), CompiledEvaluator.Load(model, Cache));

    /// <summary>The JSON report, or the usage error both engines must agree on.</summary>
    public static string Run(IContractEvaluator engine, EvaluationInput input)
    {
        try
        {
            return ReportJsonWriter.ToText(engine.Evaluate(input));
        }
        catch (EvaluationInputException e)
        {
            return "EvaluationInputException: " + e.Message;
        }
        catch (InvalidOperationException e)
        {
            return "InvalidOperationException: " + e.Message;
        }
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dsl.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the repository root (Dsl.sln) was not found");
    }
}
