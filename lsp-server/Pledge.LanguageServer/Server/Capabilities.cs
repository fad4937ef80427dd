using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Server;

/// <summary>What `initialize` answers: every feature the handlers implement, with full document sync.</summary>
public static class Capabilities
{
    public const string ServerName = "pledge-language-server";

    public static InitializeResult Result() => new(
        new ServerCapabilities(
            TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: 1, Save: new SaveOptions(false)),
            CompletionProvider: new CompletionOptions([" ", "|", ":", ","], ResolveProvider: false),
            HoverProvider: true,
            DefinitionProvider: true,
            ReferencesProvider: true,
            RenameProvider: new RenameOptions(PrepareProvider: true),
            DocumentSymbolProvider: true,
            WorkspaceSymbolProvider: true,
            FoldingRangeProvider: true,
            DocumentFormattingProvider: true,
            SemanticTokensProvider: new SemanticTokensOptions(
                new SemanticTokensLegend([.. SemanticTokensHandler.TokenTypes], [.. SemanticTokensHandler.TokenModifiers]), Full: true, Range: false),
            CodeActionProvider: new CodeActionOptions(["quickfix"]),
            InlayHintProvider: true,
            CodeLensProvider: new CodeLensOptions(ResolveProvider: false)),
        new ServerInfo(ServerName, typeof(Capabilities).Assembly.GetName().Version?.ToString() ?? "0.0.0"));
}
