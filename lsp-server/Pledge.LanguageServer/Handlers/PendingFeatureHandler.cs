using System.Text.Json;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// `pledge/render` and `pledge/evaluate` need the document renderer and the evaluator, which are not in the
/// compiler yet. Until they are, these answer MethodNotFound with a message that says so, rather than a
/// made-up result a client could mistake for the real thing.
/// </summary>
public sealed class PendingFeatureHandler(string method, string needs) : IRequestHandler
{
    public string Method { get; } = method;

    public bool AnswersWithEdits => false;

    public byte[] Handle(JsonElement? parameters, RequestContext context) =>
        throw new LspException(ErrorCodes.MethodNotFound, $"`{Method}` is not available yet: it needs {needs}, which the compiler does not provide yet");
}
