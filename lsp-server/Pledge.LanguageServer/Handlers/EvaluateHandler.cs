using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Reports;
using Pledge.Runtime.Time;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// `pledge/evaluate`: an incident log against the open document's current text for a period, as `pledge eval`
/// evaluates it (same readers, same engine, same report): the JSON report as an object, and the text report.
/// Refused as `pledge eval` refuses: a contract with syntax or naming errors (RequestFailed); a malformed log
/// (InvalidParams, every bad row as `file:line:column: reason` in the message and in `data`); a period, a
/// parameter value or an amount that does not read, or inputs that do not fit the contract (InvalidParams).
/// </summary>
public sealed class EvaluateHandler : RequestHandler<EvaluateParams, EvaluateResult>
{
    /// <summary>The name a log given as text goes by in error messages.</summary>
    public const string TextLogName = "(incidents)";

    private const int RowsInMessage = 5;

    public override string Method => "pledge/evaluate";
    protected override JsonTypeInfo<EvaluateParams> ParamsType => LspJsonContext.Default.EvaluateParams;
    protected override JsonTypeInfo<EvaluateResult> ResultType => LspJsonContext.Default.EvaluateResult;

    protected override EvaluateResult Handle(EvaluateParams parameters, RequestContext context)
    {
        var (analysis, contract) = OpenContract.Get(context, parameters.TextDocument.Uri, "evaluated");
        if (!ReportingPeriod.TryParse(parameters.Period, out var period))
            throw LspException.InvalidParams($"`period`: `{parameters.Period}` is not a period: write 2026-10, 2026-Q4 or 2026");

        var evaluator = ContractEvaluators.Load(analysis.Model, context.Services.Log);
        context.CancellationToken.ThrowIfCancellationRequested();
        var input = new EvaluationInput(period, ReadIncidents(parameters.Incidents, evaluator.Vocabulary, analysis.Document.Path));

        foreach (var (name, value) in parameters.Parameters ?? [])
        {
            if (!evaluator.ParameterKinds.TryGetValue(name, out var kind))
                throw LspException.InvalidParams($"`parameters`: the contract has no parameter `{name}` (it has {Known(evaluator.ParameterKinds.Keys)})");
            try
            {
                input = input.WithParameter(name, ParameterValueParser.Parse(kind, name, Text(value, $"parameters.{name}")));
            }
            catch (FormatException e)
            {
                throw LspException.InvalidParams($"`parameters`: {e.Message}");
            }
        }
        foreach (var (clause, value) in parameters.AlreadyPaid ?? [])
        {
            if (analysis.Model.Clauses.All(c => c.Name != clause))
                throw LspException.InvalidParams($"`alreadyPaid`: the contract has no clause `{clause}`");
            input = input.WithAlreadyPaid(clause, PaidAmount(clause, value, contract.Currency));
        }
        if (parameters.PaidToDate is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } paidToDate)
        {
            try
            {
                foreach (var (clause, amount) in Pledge.Compiler.Inputs.PaidToDate.Resolve(analysis.Model, PaidToDateEntries(paidToDate), "`paidToDate`",
                             "`paidToDate: { \"CLAUSE\": AMOUNT }`"))
                {
                    if (parameters.AlreadyPaid?.ContainsKey(clause) == true)
                        throw LspException.InvalidParams($"`paidToDate` and `alreadyPaid` both give clause `{clause}`: give it once");
                    input = input.WithAlreadyPaid(clause, amount);
                }
            }
            catch (Pledge.Compiler.Inputs.PaidToDateException e)
            {
                throw LspException.InvalidParams(e.Message);
            }
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        EvaluationReport report;
        try
        {
            report = evaluator.Evaluate(input);
        }
        catch (EvaluationInputException e)
        {
            throw LspException.InvalidParams(e.Message);
        }

        using var json = JsonDocument.Parse(ReportJsonWriter.ToBytes(report));
        return new EvaluateResult(json.RootElement.Clone(), ReportTextWriter.ToText(report));
    }

    private static IncidentLog ReadIncidents(IncidentsSource source, IncidentVocabulary vocabulary, string contractPath)
    {
        try
        {
            if (source.Path is { Length: > 0 } || source.Uri is { Length: > 0 })
            {
                var (full, shown) = LogPath(source, contractPath);
                if (IncidentLogReader.FormatOf(full) is not { } format)
                    throw LspException.InvalidParams($"`incidents`: `{shown}` is not an incident log: use a .csv or .jsonl file");
                string text;
                try
                {
                    text = File.ReadAllText(full);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw LspException.InvalidParams($"`incidents`: cannot read `{shown}`: {e.Message}");
                }
                return IncidentLogReader.Parse(text, format, shown, vocabulary);
            }
            if (source.Text is { } logText)
            {
                var format = source.Format?.Trim().ToLowerInvariant() switch
                {
                    "csv" => IncidentLogFormat.Csv,
                    "jsonl" or "ndjson" => IncidentLogFormat.JsonLines,
                    null => throw LspException.InvalidParams("`incidents`: a log given as `text` needs its `format`: `csv` or `jsonl`"),
                    _ => throw LspException.InvalidParams($"`incidents.format` is `csv` or `jsonl`, not `{source.Format}`"),
                };
                return IncidentLogReader.Parse(logText, format, TextLogName, vocabulary);
            }
        }
        catch (IncidentLogException e)
        {
            var rows = e.Errors.Select(r => new IncidentLogRowError(r.File, r.Line, r.Column, r.Reason)).ToList();
            var listed = string.Join("; ", e.Errors.Take(RowsInMessage));
            var more = e.Errors.Count > RowsInMessage ? $"; and {e.Errors.Count - RowsInMessage} more" : "";
            var data = JsonSerializer.SerializeToUtf8Bytes(new IncidentLogErrorsData("incidentLog", rows), LspJsonContext.Default.IncidentLogErrorsData);
            throw LspException.InvalidParams($"the incident log is malformed: {listed}{more}", data);
        }
        throw LspException.InvalidParams("`incidents` needs a `path`, or a `text` and its `format`");
    }

    /// <summary>The log's full path (relative paths are the contract's folder's) and the name messages show: as the client wrote it.</summary>
    private static (string Full, string Shown) LogPath(IncidentsSource source, string contractPath)
    {
        if (source.Path is { Length: > 0 } path)
            return (Path.GetFullPath(path, Path.GetDirectoryName(contractPath) ?? Directory.GetCurrentDirectory()), path);
        if (System.Uri.TryCreate(source.Uri, UriKind.Absolute, out var uri) && uri.IsFile)
            return (Path.GetFullPath(uri.LocalPath), uri.LocalPath);
        throw LspException.InvalidParams($"`incidents.uri`: `{source.Uri}` is not a file: URI (give a `path`, or the log as `text`)");
    }

    /// <summary>A value given as a string, or a number or boolean taken as its JSON text.</summary>
    private static string Text(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw LspException.InvalidParams($"`{field}` is a string, e.g. \"20000 CNY\" or \"2026-01-31\""),
    };

    /// <summary>`2500` in the contract's currency, or `2500 CNY` (which must be that currency), as `pledge eval --already-paid` reads it.</summary>
    private static decimal PaidAmount(string clause, JsonElement value, string? currency)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (Money.TryParse(text, out var money))
        {
            if (currency is not null && money.Currency != currency)
                throw LspException.InvalidParams($"`alreadyPaid.{clause}`: `{text}` is not in the contract's currency {currency}");
            return money.Amount;
        }
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return amount;
        throw LspException.InvalidParams($"`alreadyPaid.{clause}`: `{text}` is not an amount (e.g. 2500 or \"2500 {currency ?? "CNY"}\")");
    }

    /// <summary>
    /// `paidToDate` as `pledge eval --paid-to-date` reads it: an amount (`2500`, `"2500 CNY"`) for the contract's one
    /// clause with a cap `in total`, or an object of amounts by clause.
    /// </summary>
    private static IEnumerable<Pledge.Compiler.Inputs.PaidToDateEntry> PaidToDateEntries(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject()
            .Select(p => new Pledge.Compiler.Inputs.PaidToDateEntry(p.Name, AmountText(p.Value, $"paidToDate.{p.Name}"))).ToList(),
        _ => [new Pledge.Compiler.Inputs.PaidToDateEntry(null, AmountText(value, "paidToDate"))],
    };

    private static string AmountText(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        // A JSON number as the decimal it is (2.5e3 is 2500), not as its spelling.
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetRawText(),
        _ => throw LspException.InvalidParams($"`{field}` is an amount: 2500 or \"2500 CNY\""),
    };

    private static string Known(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).Select(n => $"`{n}`").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
