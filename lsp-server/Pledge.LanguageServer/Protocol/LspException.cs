namespace Pledge.LanguageServer.Protocol;

/// <summary>Thrown by a handler to answer with a JSON-RPC error instead of a result.</summary>
public sealed class LspException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    public static LspException InvalidParams(string message) => new(ErrorCodes.InvalidParams, message);

    public static LspException RequestFailed(string message) => new(ErrorCodes.RequestFailed, message);
}
