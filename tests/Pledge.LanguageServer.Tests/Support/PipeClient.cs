using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Tests.Support;

/// <summary>A server in this process, talked to over two anonymous pipes exactly as an editor would over stdio.</summary>
public sealed class PipeClient : IAsyncDisposable
{
    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
    private readonly AnonymousPipeClientStream _serverInput;
    private readonly AnonymousPipeClientStream _serverOutput;
    private readonly ConcurrentQueue<JsonObject> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reading;
    private int _nextId;

    public PipeClient(LanguageServerOptions? options = null)
    {
        _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        Server = new Server.LanguageServer(_serverInput, _serverOutput, (options ?? new LanguageServerOptions()) with { LogToStandardError = false });
        Running = Task.Run(() => Server.RunAsync());
        _reading = Task.Run(ReadLoop);
    }

    public Server.LanguageServer Server { get; }

    /// <summary>The server's run: its result is the exit code.</summary>
    public Task<int> Running { get; }

    public void SendRaw(string bytes)
    {
        _toServer.Write(Encoding.UTF8.GetBytes(bytes));
        _toServer.Flush();
    }

    public void SendFrame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        SendRaw($"Content-Length: {body.Length}\r\n\r\n");
        _toServer.Write(body);
        _toServer.Flush();
    }

    public int SendRequest(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters, parameters.GetType(), Options);
        SendFrame(message.ToJsonString());
        return id;
    }

    public void Notify(string method, object? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = JsonSerializer.SerializeToNode(parameters, parameters.GetType(), Options);
        SendFrame(message.ToJsonString());
    }

    public async Task<JsonObject> RequestAsync(string method, object? parameters = null) => await ResponseAsync(SendRequest(method, parameters));

    public Task<JsonObject> ResponseAsync(int id) => WaitForAsync(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var i) && i == id && m["method"] is null);

    public Task<JsonObject> NotificationAsync(string method, Func<JsonObject, bool>? where = null) =>
        WaitForAsync(m => (string?)m["method"] == method && (where?.Invoke(m) ?? true));

    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, int timeoutMs = 20000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        var seen = new List<JsonObject>();
        try
        {
            while (true)
            {
                while (_received.TryDequeue(out var message))
                {
                    if (match(message)) return message;
                    seen.Add(message);
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) throw new TimeoutException("no matching message; got: " + string.Join("\n", seen.Select(s => s.ToJsonString())));
                await _arrived.WaitAsync(left);
            }
        }
        finally
        {
            // Messages that did not match stay available to the next wait.
            foreach (var message in seen) _received.Enqueue(message);
        }
    }

    public async Task InitializeAsync()
    {
        var response = await RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
        Assert.NotNull(response["result"]);
        Notify("initialized", new { });
    }

    public void CloseInput() => _toServer.Dispose();

    private async Task ReadLoop()
    {
        var reader = new MessageReader(_fromServer);
        while (true)
        {
            MessageReader.Frame? frame;
            try { frame = await reader.ReadAsync(); }
            catch (IOException) { return; }
            if (frame?.Body is not { } body) return;
            _received.Enqueue(JsonNode.Parse(body)!.AsObject());
            _arrived.Release();
        }
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async ValueTask DisposeAsync()
    {
        try { _toServer.Dispose(); } catch (IOException) { }
        await Task.WhenAny(Running, Task.Delay(5000));
        Server.Dispose();
        _serverOutput.Dispose();
        await Task.WhenAny(_reading, Task.Delay(2000));
        _fromServer.Dispose();
        _serverInput.Dispose();
    }
}
