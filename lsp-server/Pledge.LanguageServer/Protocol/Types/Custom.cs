using System.Text.Json;

namespace Pledge.LanguageServer.Protocol.Types;

// Pledge's own requests, `pledge/render` and `pledge/evaluate` (docs/editors.md, "Custom requests"). The VS Code
// extension sends and reads exactly these shapes: change them together with it.

/// <summary>`pledge/render`: the document's current text as the signed document.</summary>
/// <param name="Languages">The languages to render, in column order; null or empty: the contract's `languages`.</param>
/// <param name="Layout">`side-by-side`, `stacked` or `single`; null: side by side for two or more languages, else single.</param>
public sealed record RenderParams(TextDocumentIdentifier TextDocument, List<string>? Languages = null, string? Layout = null);

/// <param name="Html">A whole HTML document: its CSS inline, no scripts, nothing fetched.</param>
/// <param name="Languages">The contract's declared languages (whatever was rendered), for a language switch.</param>
/// <param name="Title">The contract's title in the first rendered language.</param>
public sealed record RenderResult(string Html, List<string> Languages, string Title);

/// <summary>`pledge/evaluate`: an incident log against the document's current text, for a period.</summary>
/// <param name="Period">`2026-10`, `2026-Q4` or `2026`, in the contract's timezone.</param>
/// <param name="Parameters">Parameter values as `pledge eval --param` reads them (`"20000 CNY"`, `"2026-01-31"`); numbers are taken as their text.</param>
/// <param name="AlreadyPaid">What a clause has already paid under a cap `in total`: an amount (`2500`, `"2500"`) or money in the contract's currency (`"2500 CNY"`).</param>
public sealed record EvaluateParams(
    TextDocumentIdentifier TextDocument,
    IncidentsSource Incidents,
    string Period,
    Dictionary<string, JsonElement>? Parameters = null,
    Dictionary<string, JsonElement>? AlreadyPaid = null,
    JsonElement? PaidToDate = null);

/// <summary>The incident log: a file (`path`, absolute or relative to the contract's folder) or the log itself (`text` and its `format`).</summary>
/// <param name="Uri">A `file:` URI, read when there is no <paramref name="Path"/> (the VS Code extension sends both).</param>
/// <param name="Format">`csv` or `jsonl`, for <paramref name="Text"/>.</param>
public sealed record IncidentsSource(string? Path = null, string? Text = null, string? Format = null, string? Uri = null);

/// <param name="Report">The JSON report of `pledge eval --format json` (docs/evaluation.md), as an object.</param>
/// <param name="Text">The same report as `pledge eval --format text` writes it.</param>
public sealed record EvaluateResult(JsonElement Report, string? Text);

/// <summary>The `data` of an error answered because the contract has errors: the first of them (at most 20).</summary>
public sealed record ContractErrorsData(string Kind, int Count, List<ContractError> Errors);

public sealed record ContractError(string Uri, LspRange Range, string Code, string Message);

/// <summary>The `data` of an error answered because the incident log is malformed: every bad row (1-based line and column).</summary>
public sealed record IncidentLogErrorsData(string Kind, List<IncidentLogRowError> Errors);

public sealed record IncidentLogRowError(string File, int Line, int Column, string Reason);
