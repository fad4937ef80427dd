using System.Collections.Concurrent;
using System.Text.Json;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Server;

/// <summary>
/// The JSON-RPC loop: reads frames, answers lifecycle messages itself (initialize, shutdown, exit), applies
/// notifications in order, and runs requests concurrently on the thread pool, each with its own cancellation.
/// Whatever a client sends, the loop keeps going: malformed frames and JSON get error answers, a handler that
/// throws gets an error answer and a PLG9000 diagnostic on its document. It ends at `exit` or the end of
/// input; the exit code is 0 after `shutdown`, 1 without (as LSP specifies).
/// </summary>
public sealed class LanguageServer : IDisposable
{
    private enum State { Created, Running, ShuttingDown }

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ServerServices _services;
    private readonly Dictionary<string, IRequestHandler> _requests;
    private readonly Dictionary<string, INotificationHandler> _notifications;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _inFlight = new(StringComparer.Ordinal);
    private readonly ServerSettings? _forcedSettings;
    private readonly bool _logToStderr;
    private volatile State _state = State.Created;

    public LanguageServer(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        options ??= new LanguageServerOptions();
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _forcedSettings = options.Settings;
        _logToStderr = options.LogToStandardError;
        _services = new ServerServices(options.Settings ?? ServerSettings.Default, Publish, Log);
        _requests = HandlerCatalog.Requests().Concat(options.ExtraRequestHandlers).ToDictionary(h => h.Method, StringComparer.Ordinal);
        _notifications = HandlerCatalog.Notifications().ToDictionary(h => h.Method, StringComparer.Ordinal);
    }

    internal ServerServices Services => _services;

    /// <summary>Serves until `exit` or the end of input; returns the process exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            MessageReader.Frame? frame;
            try
            {
                frame = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                break;
            }
            if (frame is not { } f) break;
            if (f.Body is null)
            {
                Log($"skipped a frame: {f.HeaderProblem}");
                continue;
            }
            if (Dispatch(f.Body) is { } exitCode) return exitCode;
        }
        // The client closed our input without `exit`: per LSP, 0 only if it asked for shutdown first.
        return _state == State.ShuttingDown ? 0 : 1;
    }

    /// <summary>Handles one message; returns an exit code when the message was `exit`.</summary>
    private int? Dispatch(byte[] body)
    {
        IncomingMessage? message;
        JsonElement? id;
        try
        {
            message = IncomingMessage.Parse(body, out id);
        }
        catch (JsonException e)
        {
            _writer.WriteError(null, ErrorCodes.ParseError, $"the message is not valid JSON: {e.Message}");
            return null;
        }
        if (message is null)
        {
            _writer.WriteError(id, ErrorCodes.InvalidRequest, "not a JSON-RPC 2.0 request, notification or response");
            return null;
        }
        if (message.IsNotification) return OnNotification(message);
        if (message.IsRequest) OnRequest(message);
        // A response to a request of ours: the server sends none that need an answer.
        return null;
    }

    private int? OnNotification(IncomingMessage message)
    {
        switch (message.Method)
        {
            case "exit":
                return _state == State.ShuttingDown ? 0 : 1;
            case "$/cancelRequest":
                if (message.Params is { } p && p.TryGetProperty("id", out var cancelled)
                    && cancelled.ValueKind is JsonValueKind.Number or JsonValueKind.String
                    && _inFlight.TryGetValue(IncomingMessage.Key(cancelled), out var source))
                {
                    try { source.Cancel(); } catch (ObjectDisposedException) { /* it just finished */ }
                }
                return null;
        }
        // Before initialize, LSP says notifications are dropped (exit aside).
        if (_state == State.Created) return null;
        if (!_notifications.TryGetValue(message.Method!, out var handler))
        {
            if (!message.Method!.StartsWith("$/", StringComparison.Ordinal)) Log($"ignored notification `{message.Method}`");
            return null;
        }
        try
        {
            handler.Handle(message.Params, _services);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log($"notification `{message.Method}` failed: {e}");
        }
        return null;
    }

    private void OnRequest(IncomingMessage message)
    {
        var id = message.Id!.Value;
        var method = message.Method!;
        if (method == "initialize")
        {
            if (_state != State.Created)
            {
                _writer.WriteError(id, ErrorCodes.InvalidRequest, "the server is already initialized");
                return;
            }
            Respond(id, () => Initialize(message.Params));
            _state = State.Running;
            return;
        }
        if (_state == State.Created)
        {
            _writer.WriteError(id, ErrorCodes.ServerNotInitialized, $"`{method}` arrived before `initialize`");
            return;
        }
        if (method == "shutdown")
        {
            _state = State.ShuttingDown;
            _writer.WriteResult(id, "null"u8);
            return;
        }
        if (_state == State.ShuttingDown)
        {
            _writer.WriteError(id, ErrorCodes.InvalidRequest, $"`{method}` arrived after `shutdown`");
            return;
        }
        if (!_requests.TryGetValue(method, out var handler))
        {
            _writer.WriteError(id, ErrorCodes.MethodNotFound, $"the server has no method `{method}`");
            return;
        }

        // The snapshot is taken now, in message order: the request sees every change sent before it.
        var snapshot = _services.Store.Current;
        var key = IncomingMessage.Key(id);
        var cancellation = new CancellationTokenSource();
        _inFlight[key] = cancellation;
        _ = Task.Run(() =>
        {
            try
            {
                Execute(id, handler, message.Params, new RequestContext(snapshot, _services, cancellation.Token));
            }
            finally
            {
                _inFlight.TryRemove(key, out _);
                cancellation.Dispose();
            }
        });
    }

    private void Execute(JsonElement id, IRequestHandler handler, JsonElement? parameters, RequestContext context)
    {
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var result = handler.Handle(parameters, context);
            if (handler.AnswersWithEdits && DocumentOf(parameters, context.Snapshot) is { } before
                && _services.Store.Current.FindByUri(before.Uri)?.Version != before.Version)
            {
                _writer.WriteError(id, ErrorCodes.ContentModified, "the document changed while the edits were computed");
                return;
            }
            _writer.WriteResult(id, result);
        }
        catch (OperationCanceledException)
        {
            _writer.WriteError(id, ErrorCodes.RequestCancelled, "the request was cancelled");
        }
        catch (LspException e)
        {
            _writer.WriteError(id, e.Code, e.Message, e.DataJson);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log($"`{handler.Method}` failed: {e}");
            _writer.WriteError(id, ErrorCodes.InternalError, $"`{handler.Method}` failed: {e.GetType().Name}: {e.Message}");
            if (DocumentOf(parameters, context.Snapshot) is { } document)
            {
                _services.Fatal.Report(document, $"`{handler.Method}`", e);
                _services.Publisher.Schedule();
            }
        }
    }

    /// <summary>The open document a request is about (`params.textDocument.uri`), if any.</summary>
    private static OpenDocument? DocumentOf(JsonElement? parameters, WorkspaceSnapshot snapshot)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p) return null;
        if (!p.TryGetProperty("textDocument", out var document) || document.ValueKind != JsonValueKind.Object) return null;
        if (!document.TryGetProperty("uri", out var uri) || uri.ValueKind != JsonValueKind.String) return null;
        return snapshot.FindByUri(uri.GetString()!);
    }

    private byte[] Initialize(JsonElement? parameters)
    {
        var init = parameters is { } p ? Parameters.Read(p, LspJsonContext.Default.InitializeParams, "initialize") : new InitializeParams();
        if (_forcedSettings is null) _services.Settings = _services.Settings.With(init.InitializationOptions);
        var folders = new List<string>();
        if (init.WorkspaceFolders is { } workspaceFolders) folders.AddRange(workspaceFolders.Select(f => DocumentUris.ToPath(f.Uri)));
        else if (init.RootUri is { } rootUri) folders.Add(DocumentUris.ToPath(rootUri));
        else if (init.RootPath is { Length: > 0 } rootPath) folders.Add(Path.GetFullPath(rootPath));
        _services.Store.SetRootFolders(folders);
        return JsonSerializer.SerializeToUtf8Bytes(Capabilities.Result(), LspJsonContext.Default.InitializeResult);
    }

    private void Respond(JsonElement id, Func<byte[]> answer)
    {
        try
        {
            _writer.WriteResult(id, answer());
        }
        catch (LspException e)
        {
            _writer.WriteError(id, e.Code, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _writer.WriteError(id, ErrorCodes.InternalError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private void Publish(PublishDiagnosticsParams diagnostics) =>
        _writer.WriteNotification("textDocument/publishDiagnostics",
            JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJsonContext.Default.PublishDiagnosticsParams));

    /// <summary>Logs to stderr and, once the client is initialized, as `window/logMessage` (type 4: log).</summary>
    private void Log(string message)
    {
        if (_logToStderr) Console.Error.WriteLine($"[pledge-lsp] {message}");
        if (_state == State.Created) return;
        _writer.WriteNotification("window/logMessage",
            JsonSerializer.SerializeToUtf8Bytes(new LogMessageParams(4, message), LspJsonContext.Default.LogMessageParams));
    }

    public void Dispose()
    {
        foreach (var source in _inFlight.Values)
        {
            try { source.Cancel(); } catch (ObjectDisposedException) { }
        }
        _services.Dispose();
    }
}
