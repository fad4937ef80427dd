using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

public sealed class DocumentFeatureTests : IDisposable
{
    private readonly HandlerHost _host = new();

    public DocumentFeatureTests() => _host.WriteFile("common.sla", Samples.Common);

    private TextDocumentParams Main => new(_host.Document("main.sla"));

    [Fact]
    public void Outline_lists_declarations_with_their_items()
    {
        _host.Open("main.sla", Samples.Contract);
        var symbols = _host.Request(new DocumentSymbolHandler(), Main, HandlerHost.Json.TextDocumentParams, HandlerHost.Json.ListDocumentSymbol);
        var clause = symbols.Single(s => s.Name == "connectivity");
        Assert.Equal("网络联通性保证 / Network connectivity guarantee", clause.Detail);
        Assert.Contains(clause.Children!, c => c.Name == "availability 99.9% per month");
        Assert.Contains(symbols, s => s.Name == "paint" && s.Children!.Any(c => c.Name == "covers peeling"));
    }

    [Fact]
    public void Folding_covers_blocks_and_comment_runs()
    {
        _host.Open("main.sla", "// one\n// two\n// three\n" + Samples.Contract);
        var ranges = _host.Request(new FoldingRangeHandler(), Main, HandlerHost.Json.TextDocumentParams, HandlerHost.Json.ListFoldingRange);
        Assert.Contains(ranges, r => r is { StartLine: 0, EndLine: 2, Kind: "comment" });
        var matrixLine = (Samples.Contract.Split('\n').ToList().FindIndex(l => l.Contains("matrix {"))) + 3;
        Assert.Contains(ranges, r => r.StartLine == matrixLine && r.EndLine == matrixLine + 3);
    }

    [Fact]
    public void Formatting_returns_the_formatter_output_as_one_edit()
    {
        _host.Open("main.sla", "cause   a \"甲\" / \"A\"\n\n\n\ncause b \"乙\" / \"B\"");
        var edits = _host.Request(new FormattingHandler(), new DocumentFormattingParams(_host.Document("main.sla"), new FormattingOptions(4, true)),
            HandlerHost.Json.DocumentFormattingParams, HandlerHost.Json.ListLspTextEdit);
        var edit = Assert.Single(edits);
        Assert.Equal(Pledge.Dsl.Printing.SlaFormatter.Format(Pledge.Dsl.Syntax.SyntaxTree.Parse("cause   a \"甲\" / \"A\"\n\n\n\ncause b \"乙\" / \"B\"")), edit.NewText);
    }

    [Fact]
    public void Formatting_refuses_a_file_with_syntax_errors()
    {
        _host.Open("main.sla", "cause   a \"unterminated\nclause {");
        var edits = _host.Request(new FormattingHandler(), new DocumentFormattingParams(_host.Document("main.sla")),
            HandlerHost.Json.DocumentFormattingParams, HandlerHost.Json.ListLspTextEdit);
        Assert.Empty(edits);
    }

    [Fact]
    public void Semantic_tokens_colour_names_by_what_they_are_bound_to()
    {
        _host.Open("main.sla", "// c\ncause a \"甲\" / \"A\"");
        var tokens = _host.Request(new SemanticTokensHandler(), Main, HandlerHost.Json.TextDocumentParams, HandlerHost.Json.SemanticTokens);
        var types = SemanticTokensHandler.TokenTypes;
        var decoded = Enumerable.Range(0, tokens.Data.Length / 5).Select(i => (Type: types[tokens.Data[i * 5 + 3]], Modifiers: tokens.Data[i * 5 + 4])).ToList();
        Assert.Equal(["comment", "keyword", "enumMember", "string", "operator", "string"], decoded.Select(d => d.Type));
        Assert.Equal(1, decoded[2].Modifiers);
    }

    [Fact]
    public void Code_actions_offer_the_fix_and_ignore_with_the_line_indentation()
    {
        var text = Samples.Contract.Replace("availability 99.9% per month", "availability 99.9% per month\n  max downtime 44 min per month");
        _host.Open("main.sla", text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("max downtime"));
        var range = new LspRange(new Position(line, 0), new Position(line, 40));
        var actions = _host.Request(new CodeActionHandler(), new CodeActionParams(_host.Document("main.sla"), range, new CodeActionContext()),
            HandlerHost.Json.CodeActionParams, HandlerHost.Json.ListCodeAction);
        var ignore = actions.Single(a => a.Title.StartsWith("Ignore PLG3001", StringComparison.Ordinal));
        var edit = Assert.Single(ignore.Edit!.Changes[_host.UriOf("main.sla")]);
        Assert.Equal("  // pledge-ignore PLG3001 \n", edit.NewText);
        Assert.Equal(new Position(line, 0), edit.Range.Start);
        Assert.Contains(actions, a => a.Title != ignore.Title && a.Diagnostics![0].Code == "PLG3001");
    }

    [Fact]
    public void Inlay_hints_give_the_allowance_and_the_warranty_end()
    {
        _host.Open("main.sla", Samples.Contract);
        var all = new LspRange(new Position(0, 0), new Position(1000, 0));
        var hints = _host.Request(new InlayHintHandler(), new InlayHintParams(_host.Document("main.sla"), all), HandlerHost.Json.InlayHintParams, HandlerHost.Json.ListInlayHint);
        Assert.Contains(hints, h => h.Label == "≤ 40.3–44.6 min down");
        Assert.Contains(hints, h => h.Label == "→ 2027-03-14");
    }

    [Fact]
    public void Code_lenses_preview_and_evaluate_the_contract()
    {
        _host.Open("main.sla", Samples.Contract);
        var lenses = _host.Request(new CodeLensHandler(), Main, HandlerHost.Json.TextDocumentParams, HandlerHost.Json.ListCodeLens);
        Assert.Equal(["pledge.openPreview", "pledge.evaluate"], lenses.Select(l => l.Command!.CommandName));
        Assert.All(lenses, l => Assert.Equal(0, l.Range.Start.Line));
    }

    [Theory]
    [InlineData(2026, 3, 15, 1, "Year", "2027-03-14")]
    [InlineData(2028, 2, 29, 1, "Year", "2029-02-28")]
    [InlineData(2026, 1, 31, 1, "Month", "2026-02-28")]
    [InlineData(2026, 1, 1, 30, "Day", "2026-01-30")]
    [InlineData(2026, 1, 1, 5000, "Year", null)]
    [InlineData(9990, 1, 1, 20, "Year", null)]
    [InlineData(2026, 1, 1, 2, "BusinessDay", null)]
    public void Warranty_end_dates_follow_the_language(int y, int m, int d, int amount, string unit, string? expected)
    {
        var end = Features.WarrantyEnd.LastDay(new DateOnly(y, m, d), new Compiler.Semantics.WrittenDuration(amount, Enum.Parse<Dsl.Syntax.DurationUnit>(unit)));
        Assert.Equal(expected, end?.ToString("yyyy-MM-dd"));
    }

    public void Dispose() => _host.Dispose();
}
