using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Protocol;

namespace Pledge.LanguageServer.Server;

/// <summary>One LSP request: one class per method.</summary>
public interface IRequestHandler
{
    string Method { get; }

    /// <summary>True when the answer is edits to the document: it is refused (ContentModified) if the document changed meanwhile.</summary>
    bool AnswersWithEdits { get; }

    /// <summary>The result as JSON.</summary>
    byte[] Handle(JsonElement? parameters, RequestContext context);
}

/// <summary>A request with typed parameters and result, (de)serialised by the source-generated context.</summary>
public abstract class RequestHandler<TParams, TResult> : IRequestHandler
{
    public abstract string Method { get; }

    public virtual bool AnswersWithEdits => false;

    protected abstract JsonTypeInfo<TParams> ParamsType { get; }

    protected abstract JsonTypeInfo<TResult> ResultType { get; }

    protected abstract TResult Handle(TParams parameters, RequestContext context);

    public byte[] Handle(JsonElement? parameters, RequestContext context)
    {
        var typed = Parameters.Read(parameters, ParamsType, Method);
        var result = Handle(typed, context);
        context.CancellationToken.ThrowIfCancellationRequested();
        return JsonSerializer.SerializeToUtf8Bytes(result, ResultType);
    }
}

/// <summary>One LSP notification: applied in arrival order, on the reader's thread.</summary>
public interface INotificationHandler
{
    string Method { get; }

    void Handle(JsonElement? parameters, ServerServices services);
}

public abstract class NotificationHandler<TParams> : INotificationHandler
{
    public abstract string Method { get; }

    protected abstract JsonTypeInfo<TParams> ParamsType { get; }

    protected abstract void Handle(TParams parameters, ServerServices services);

    public void Handle(JsonElement? parameters, ServerServices services) => Handle(Parameters.Read(parameters, ParamsType, Method), services);
}

internal static class Parameters
{
    /// <summary>Deserialises params; anything missing or of the wrong shape is InvalidParams, never a crash.</summary>
    public static T Read<T>(JsonElement? parameters, JsonTypeInfo<T> type, string method)
    {
        if (parameters is not { } element) throw LspException.InvalidParams($"`{method}` needs params");
        try
        {
            return element.Deserialize(type) ?? throw LspException.InvalidParams($"`{method}` needs params");
        }
        catch (JsonException e)
        {
            throw LspException.InvalidParams($"invalid params for `{method}`: {e.Message}");
        }
    }
}
