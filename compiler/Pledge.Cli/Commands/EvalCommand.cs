using System.CommandLine;
using System.Text;
using Pledge.Cli.Input;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Compiler.Documents.Reports;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Inputs;
using Pledge.Compiler.Interpretation;
using Pledge.Dsl.Diagnostics;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge eval CONTRACT.sla --incidents FILE.csv|.jsonl --period 2026-10 [--param name=value …]
/// [--paid-to-date AMOUNT | CLAUSE=AMOUNT …] [--format text|json|html] [--engine compiled|interpreted] [-o FILE]</c>: evaluates a contract against an incident log
/// for a period. Exit 0 when evaluated (breaches are results, not failures), 1 when the contract has errors, 2 for
/// a usage problem, an unreadable file or a malformed incident log (one line per bad row).
/// </summary>
public static class EvalCommand
{
    private static readonly string[] Formats = ["text", "json", "html"];
    private static readonly string[] Engines = ["compiled", "interpreted"];

    public static Command Create(CliContext context)
    {
        var contract = new Argument<string>("CONTRACT") { Description = "The .sla contract to evaluate" };
        var incidents = new Option<string>("--incidents", "-i") { Description = "The incident log: .csv (with a header) or .jsonl", Required = true, HelpName = "FILE" };
        var period = new Option<string>("--period", "-p") { Description = "The period: 2026-10, 2026-Q4 or 2026 (in the contract's timezone)", Required = true, HelpName = "PERIOD" };
        var parameters = new Option<string[]>("--param") { Description = "A parameter value, by its declared type: monthly_fee=\"20000 CNY\", completion=2026-01-31", HelpName = "NAME=VALUE" };
        var paid = new Option<string[]>("--paid-to-date")
        {
            Description = "The amount already paid under the cap `in total`: 2500 or \"2500 CNY\" (the contract's one such clause), or CLAUSE=AMOUNT for each",
            HelpName = "AMOUNT|CLAUSE=AMOUNT",
        };
        // The option's first name, kept so that scripts written against it still run; not shown in --help.
        var alreadyPaid = new Option<string[]>("--already-paid") { Hidden = true };
        var format = new Option<string>("--format", "-f") { Description = "text (for people), json (documented in docs/evaluation.md) or html (a printable report)", DefaultValueFactory = _ => "text", HelpName = "text|json|html" };
        format.AcceptOnlyFromAmong(Formats);
        var engine = new Option<string>("--engine") { Description = "compiled (Roslyn, cached by content hash) or interpreted (the reference interpreter)", DefaultValueFactory = _ => "compiled", HelpName = "compiled|interpreted" };
        engine.AcceptOnlyFromAmong(Engines);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout", HelpName = "FILE" };

        var command = new Command("eval", "Evaluate a contract against an incident log: downtime, verdicts and what is owed")
        {
            contract, incidents, period, parameters, paid, alreadyPaid, format, engine, output,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(contract)!,
            result.GetValue(incidents)!,
            result.GetValue(period)!,
            result.GetValue(parameters) ?? [],
            [.. result.GetValue(paid) ?? [], .. result.GetValue(alreadyPaid) ?? []],
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(engine) ?? "compiled"));
        return command;
    }

    public static int Run(
        CliContext context, string contractPath, string incidentsPath, string periodText,
        IReadOnlyList<string> parameters, IReadOnlyList<string> paidToDate, string format, string? outputPath, string engine = "compiled")
    {
        var files = SourceFileResolver.Resolve([contractPath], context.WorkingDirectory);
        if (files.Count != 1) throw new CliUsageException($"`{contractPath}` names {files.Count} contracts: give one .sla file");
        Compilation compilation;
        try
        {
            compilation = Compilation.Create(files);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }

        // Syntax and name errors leave the contract without a reliable meaning: report them as `pledge check` does and
        // evaluate nothing. Findings of the checks (consistency, ambiguity, language: PLG3xxx-PLG5xxx) judge a contract
        // that does have a meaning (the IDC example's 44 min against 99.9% is one): evaluation goes on, with a note.
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Diagnostic.IsError)
            .Select(d => ReportedDiagnostic.From(d, context.WorkingDirectory))
            .ToList();
        if (errors.Count > 0)
        {
            new TextDiagnosticWriter(color: false).Write(context.Stderr, errors, compilation.SyntaxTrees.Length);
            return ExitCodes.Failure;
        }
        var findings = ContractAnalysis.Run(compilation).Count(d => d.Diagnostic.Level == DiagnosticLevel.Error);
        if (findings > 0)
            context.Stderr.WriteLine($"pledge: note: the contract has {findings} error-level finding{(findings == 1 ? "" : "s")} of the checks; it is evaluated as written (see `pledge check`)");

        var model = compilation.GetSemanticModel(files[0]);
        if (model.Contract is null)
            throw new CliUsageException($"`{contractPath}` has no `contract` header: a library of declarations cannot be evaluated");
        // Both engines give the same bytes (the differential tests hold them to it); the interpreter is the oracle.
        IContractEvaluator interpreter = engine == "interpreted" ? new ContractInterpreter(model) : CompiledEvaluator.Load(model);

        if (!ReportingPeriod.TryParse(periodText, out var period))
            throw new CliUsageException($"`{periodText}` is not a period: write 2026-10, 2026-Q4 or 2026");

        var input = new EvaluationInput(period, ReadIncidents(context, incidentsPath, interpreter.Vocabulary));
        foreach (var (name, value) in Pairs(parameters, "--param"))
        {
            if (!interpreter.ParameterKinds.TryGetValue(name, out var kind))
                throw new CliUsageException($"the contract has no parameter `{name}` (it has {Known(interpreter.ParameterKinds.Keys)})");
            try
            {
                input = input.WithParameter(name, ParameterValueParser.Parse(kind, name, value));
            }
            catch (FormatException e)
            {
                throw new CliUsageException(e.Message);
            }
        }
        try
        {
            var paid = PaidToDate.Resolve(model, paidToDate.Select(PaidToDateEntry.Parse), "--paid-to-date", "--paid-to-date CLAUSE=AMOUNT");
            foreach (var (clause, amount) in paid) input = input.WithAlreadyPaid(clause, amount);
        }
        catch (PaidToDateException e)
        {
            throw new CliUsageException(e.Message);
        }

        EvaluationReport report;
        try
        {
            report = interpreter.Evaluate(input);
        }
        catch (EvaluationInputException e)
        {
            throw new CliUsageException(e.Message);
        }

        var text = format switch
        {
            "json" => ReportJsonWriter.ToText(report),
            "html" => ReportHtmlWriter.ToHtml(report),
            _ => ReportTextWriter.ToText(report),
        };
        if (outputPath is null)
        {
            context.Stdout.Write(text);
            return ExitCodes.Success;
        }
        var target = Path.GetFullPath(outputPath, context.WorkingDirectory);
        try
        {
            File.WriteAllText(target, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write `{outputPath}`: {e.Message}");
        }
        return ExitCodes.Success;
    }

    private static IncidentLog ReadIncidents(CliContext context, string path, IncidentVocabulary vocabulary)
    {
        var full = Path.GetFullPath(path, context.WorkingDirectory);
        var shown = PathDisplay.Show(full, context.WorkingDirectory);
        if (!IncidentLogReader.IsSupported(full))
            throw new CliUsageException($"`{path}` is not an incident log: use a .csv or .jsonl file");
        if (!File.Exists(full)) throw new CliUsageException($"`{path}` does not exist");
        try
        {
            return IncidentLogReader.Read(full, vocabulary, shown);
        }
        catch (IncidentLogException e)
        {
            // One line per bad row, all but the last here; the last goes through the usual usage-error path.
            foreach (var error in e.Errors.Take(e.Errors.Count - 1)) context.Stderr.WriteLine($"pledge: error: {error}");
            throw new CliUsageException(e.Errors[^1].ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read `{shown}`: {e.Message}");
        }
    }

    private static IEnumerable<(string Name, string Value)> Pairs(IEnumerable<string> items, string option)
    {
        foreach (var item in items)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0) throw new CliUsageException($"{option} `{item}`: write NAME=VALUE");
            yield return (item[..eq].Trim(), item[(eq + 1)..].Trim());
        }
    }

    private static string Known(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).Select(n => $"`{n}`").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
