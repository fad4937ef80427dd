using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Tests.Support;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Tests;

/// <summary>The server over pipes, as an editor drives it: lifecycle, errors, cancellation, crashes and big files.</summary>
public sealed class ServerProtocolTests
{
    private static readonly LanguageServerOptions Fast = new() { Settings = new ServerSettings(null, 0) };

    private static int? ErrorCode(JsonObject response) => (int?)response["error"]?["code"];

    private static object Open(string uri, string text, int version = 1) =>
        new { textDocument = new { uri, languageId = "sla", version, text } };

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        var shutdown = await client.RequestAsync("shutdown");
        Assert.Null(shutdown["error"]);
        client.Notify("exit");
        Assert.Equal(0, await client.Running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        client.Notify("exit");
        Assert.Equal(1, await client.Running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_end_of_input_without_shutdown_ends_with_code_1()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        client.CloseInput();
        Assert.Equal(1, await client.Running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var client = new PipeClient(Fast);
        var response = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///x.sla" }, position = new { line = 0, character = 0 } });
        Assert.Equal(ErrorCodes.ServerNotInitialized, ErrorCode(response));
        await client.InitializeAsync();
    }

    [Fact]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_keeps_serving()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        client.SendFrame("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":");
        var error = await client.WaitForAsync(m => m["error"] is not null && m["id"] is null);
        Assert.Equal(ErrorCodes.ParseError, ErrorCode(error));
        client.SendRaw("garbage without headers\r\n\r\n");
        client.SendFrame("[1,2,3]");
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.WaitForAsync(m => m["error"] is not null && m["id"] is null)));
        var symbols = await client.RequestAsync("workspace/symbol", new { query = "" });
        Assert.NotNull(symbols["result"]);
    }

    [Fact]
    public async Task An_unknown_method_gets_MethodNotFound()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        Assert.Equal(ErrorCodes.MethodNotFound, ErrorCode(await client.RequestAsync("textDocument/noSuchThing", new { })));
    }

    private static string Incident(string id, string clause) =>
        $$"""{"id":"{{id}}","clause":"{{clause}}","started":"2026-10-01T00:00:00Z","reported":"2026-10-01T00:00:00Z","restored":"2026-10-01T10:00:00Z"}""";

    [Fact]
    public async Task Render_and_evaluate_answer_over_the_wire_and_their_errors_carry_data()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        const string uri = "untitled:Contract-1";
        client.Notify("textDocument/didOpen", Open(uri, """
            contract c "<script>alert(1)</script>"
            languages en
            provider "P"
            timezone "UTC"
            currency USD
            clause up "Up" {
              availability 99% per month
              downtime from reported to restored
            }
            """));
        var render = await client.RequestAsync("pledge/render", new { textDocument = new { uri } });
        Assert.True(render["error"] is null, render["error"]?.ToJsonString());
        Assert.Equal("<script>alert(1)</script>", (string?)render["result"]!["title"]);
        Assert.DoesNotContain("<script", (string?)render["result"]!["html"]);
        Assert.Equal("en", (string?)render["result"]!["languages"]![0]);

        var evaluate = await client.RequestAsync("pledge/evaluate", new
        {
            textDocument = new { uri },
            incidents = new { text = Incident("A", "up") + "\n", format = "jsonl" },
            period = "2026-10",
        });
        Assert.True(evaluate["error"] is null, evaluate["error"]?.ToJsonString());
        Assert.Equal("600", (string?)evaluate["result"]!["report"]!["clauses"]![0]!["downtimeMinutes"]);
        Assert.Contains("BROKEN", (string?)evaluate["result"]!["text"]);

        var malformed = await client.RequestAsync("pledge/evaluate", new
        {
            textDocument = new { uri },
            incidents = new { text = Incident("A", "up") + "\n" + Incident("B", "down") + "\n", format = "jsonl" },
            period = "2026-10",
        });
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(malformed));
        Assert.Equal(2, (int?)malformed["error"]!["data"]!["errors"]![0]!["line"]);

        client.Notify("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = "contract c \"C\"\nlanguages en\nclause {" } } });
        var broken = await client.RequestAsync("pledge/render", new { textDocument = new { uri } });
        Assert.Equal(ErrorCodes.RequestFailed, ErrorCode(broken));
        Assert.Equal("contractErrors", (string?)broken["error"]!["data"]!["kind"]);

        // The server is still serving.
        Assert.NotNull((await client.RequestAsync("workspace/symbol", new { query = "" }))["result"]);
    }

    [Fact]
    public async Task Missing_params_get_InvalidParams()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(await client.RequestAsync("textDocument/hover", new { position = new { line = 0, character = 0 } })));
    }

    [Fact]
    public async Task Diagnostics_are_published_after_open_and_cleared_on_close()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        const string uri = "file:///tmp/pledge-lsp-test/a.sla";
        client.Notify("textDocument/didOpen", Open(uri, "cause \"oops"));
        var published = await client.NotificationAsync("textDocument/publishDiagnostics", m => (string?)m["params"]!["uri"] == uri);
        Assert.NotEmpty(published["params"]!["diagnostics"]!.AsArray());
        client.Notify("textDocument/didClose", new { textDocument = new { uri } });
        await client.NotificationAsync("textDocument/publishDiagnostics",
            m => (string?)m["params"]!["uri"] == uri && m["params"]!["diagnostics"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task Positions_outside_the_document_are_clamped()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        const string uri = "file:///tmp/pledge-lsp-test/b.sla";
        client.Notify("textDocument/didOpen", Open(uri, "cause a \"A\""));
        foreach (var (line, character) in new[] { (500, 3), (0, 9999), (-4, -2) })
        {
            var position = new { line, character };
            var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position });
            Assert.Null(hover["error"]);
            var completion = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position });
            Assert.Null(completion["error"]);
        }
    }

    [Fact]
    public async Task A_handler_that_throws_gets_an_error_answer_and_a_fatal_diagnostic_and_the_server_keeps_serving()
    {
        await using var client = new PipeClient(Fast with { ExtraRequestHandlers = [new ThrowingHandler()] });
        await client.InitializeAsync();
        const string uri = "file:///tmp/pledge-lsp-test/c.sla";
        client.Notify("textDocument/didOpen", Open(uri, "cause a \"A\""));
        var response = await client.RequestAsync(ThrowingHandler.Name, new { textDocument = new { uri } });
        Assert.Equal(ErrorCodes.InternalError, ErrorCode(response));
        await client.NotificationAsync("textDocument/publishDiagnostics", m =>
            m["params"]!["diagnostics"]!.AsArray().Any(d => (string?)d!["code"] == "PLG9000" && ((string?)d["message"])!.Contains("boom")));
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 6 } });
        Assert.Contains("**cause** `a`", (string?)hover["result"]!["contents"]!["value"]);
    }

    [Fact]
    public async Task A_cancelled_request_answers_RequestCancelled()
    {
        var gate = new ManualResetEventSlim();
        await using var client = new PipeClient(Fast with { ExtraRequestHandlers = [new BlockingHandler(gate)] });
        await client.InitializeAsync();
        var id = client.SendRequest(BlockingHandler.Name, new { });
        client.Notify("$/cancelRequest", new { id });
        var response = await client.ResponseAsync(id);
        gate.Set();
        Assert.Equal(ErrorCodes.RequestCancelled, ErrorCode(response));
    }

    [Fact]
    public async Task A_20000_line_document_is_analysed_and_answered()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        const string uri = "file:///tmp/pledge-lsp-test/big.sla";
        var text = new StringBuilder("contract big \"大\" / \"Big\"\nlanguages zh-CN, en\ntimezone \"Asia/Shanghai\"\n");
        var i = 0;
        while (text.ToString().Count(c => c == '\n') < 20000 - 8)
        {
            text.Append($"clause c{i} \"条款\" / \"Clause\" {{\n  availability 99.9% per month\n  downtime from reported to restored\n  respond within 2 h after reported\n}}\n");
            i++;
        }
        client.Notify("textDocument/didOpen", Open(uri, text.ToString()));
        await client.NotificationAsync("textDocument/publishDiagnostics", m => (string?)m["params"]!["uri"] == uri);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 19990, character = 4 } });
        Assert.Null(hover["error"]);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.True(symbols["result"]!.AsArray().Count > 3000);
    }

    [Fact]
    public async Task Initialize_twice_is_an_invalid_request_and_requests_after_shutdown_are_refused()
    {
        await using var client = new PipeClient(Fast);
        await client.InitializeAsync();
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.RequestAsync("initialize", new { capabilities = new { } })));
        await client.RequestAsync("shutdown");
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.RequestAsync("workspace/symbol", new { query = "" })));
    }

    private sealed class ThrowingHandler : IRequestHandler
    {
        public const string Name = "test/throw";
        public string Method => Name;
        public bool AnswersWithEdits => false;
        public byte[] Handle(JsonElement? parameters, RequestContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class BlockingHandler(ManualResetEventSlim gate) : IRequestHandler
    {
        public const string Name = "test/block";
        public string Method => Name;
        public bool AnswersWithEdits => false;

        public byte[] Handle(JsonElement? parameters, RequestContext context)
        {
            // Waits for the cancellation as a long computation would notice it between steps.
            WaitHandle.WaitAny([gate.WaitHandle, context.CancellationToken.WaitHandle], 10000);
            context.CancellationToken.ThrowIfCancellationRequested();
            return "null"u8.ToArray();
        }
    }
}
