using Pledge.LanguageServer.Handlers;

namespace Pledge.LanguageServer.Server;

/// <summary>The one list of handlers: one class per LSP method.</summary>
public static class HandlerCatalog
{
    public static IEnumerable<IRequestHandler> Requests() =>
    [
        new CompletionHandler(),
        new HoverHandler(),
        new DefinitionHandler(),
        new ReferencesHandler(),
        new PrepareRenameHandler(),
        new RenameHandler(),
        new DocumentSymbolHandler(),
        new WorkspaceSymbolHandler(),
        new FoldingRangeHandler(),
        new FormattingHandler(),
        new SemanticTokensHandler(),
        new CodeActionHandler(),
        new InlayHintHandler(),
        new CodeLensHandler(),
        new RenderHandler(),
        new EvaluateHandler(),
    ];

    public static IEnumerable<INotificationHandler> Notifications() =>
    [
        new InitializedHandler(),
        new DidOpenHandler(),
        new DidChangeHandler(),
        new DidCloseHandler(),
        new DidSaveHandler(),
        new DidChangeConfigurationHandler(),
        new DidChangeWatchedFilesHandler(),
    ];
}
