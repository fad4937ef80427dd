namespace Pledge.LanguageServer.Protocol;

/// <summary>
/// Thrown by a handler to answer with a JSON-RPC error instead of a result; <see cref="DataJson"/>, when set, is
/// the error's `data` (serialised JSON), for clients that want the details as structure rather than prose.
/// </summary>
public sealed class LspException(int code, string message, byte[]? dataJson = null) : Exception(message)
{
    public int Code { get; } = code;

    public byte[]? DataJson { get; } = dataJson;

    public static LspException InvalidParams(string message, byte[]? dataJson = null) => new(ErrorCodes.InvalidParams, message, dataJson);

    public static LspException RequestFailed(string message, byte[]? dataJson = null) => new(ErrorCodes.RequestFailed, message, dataJson);
}
