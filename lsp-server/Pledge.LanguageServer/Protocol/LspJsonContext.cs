using System.Text.Json.Serialization;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Protocol;

/// <summary>
/// Source-generated (de)serialisers for every message the server reads or writes: no reflection at run time,
/// camelCase names as the specification writes them, absent optional fields left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(CompletionParams))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(List<Location>))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(List<DocumentSymbol>))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(List<SymbolInformation>))]
[JsonSerializable(typeof(List<FoldingRange>))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(List<LspTextEdit>))]
[JsonSerializable(typeof(SemanticTokens))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(List<CodeAction>))]
[JsonSerializable(typeof(InlayHintParams))]
[JsonSerializable(typeof(List<InlayHint>))]
[JsonSerializable(typeof(List<CodeLens>))]
[JsonSerializable(typeof(RenderParams))]
[JsonSerializable(typeof(RenderResult))]
[JsonSerializable(typeof(EvaluateParams))]
[JsonSerializable(typeof(EvaluateResult))]
[JsonSerializable(typeof(ContractErrorsData))]
[JsonSerializable(typeof(IncidentLogErrorsData))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
