namespace Pledge.LanguageServer.Protocol;

/// <summary>The JSON-RPC 2.0 and LSP 3.17 error codes the server answers with.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>A request arrived before `initialize` (LSP).</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The client cancelled the request with `$/cancelRequest` (LSP).</summary>
    public const int RequestCancelled = -32800;

    /// <summary>The document changed while the request ran, so its answer would be about old text (LSP).</summary>
    public const int ContentModified = -32801;

    /// <summary>The request was valid but the server refused it (a rename to an invalid name, say) (LSP).</summary>
    public const int RequestFailed = -32803;
}
