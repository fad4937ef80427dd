using System.Text.Json;

namespace Pledge.LanguageServer.Protocol.Types;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>What the server reads of `initialize`: where the workspace is and its settings; client capabilities are kept raw.</summary>
public sealed record InitializeParams(
    int? ProcessId = null,
    string? RootUri = null,
    string? RootPath = null,
    List<WorkspaceFolder>? WorkspaceFolders = null,
    JsonElement? InitializationOptions = null,
    JsonElement? Capabilities = null);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record CompletionOptions(List<string> TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CodeActionOptions(List<string> CodeActionKinds);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record SemanticTokensLegend(List<string> TokenTypes, List<string> TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    bool FoldingRangeProvider,
    bool DocumentFormattingProvider,
    SemanticTokensOptions SemanticTokensProvider,
    CodeActionOptions CodeActionProvider,
    bool InlayHintProvider,
    CodeLensOptions CodeLensProvider);

public sealed record CancelParams(JsonElement Id);

public sealed record LogMessageParams(int Type, string Message);
