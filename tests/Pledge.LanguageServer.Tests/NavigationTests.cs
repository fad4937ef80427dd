using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

public sealed class NavigationTests : IDisposable
{
    private readonly HandlerHost _host = new();

    public NavigationTests() => _host.WriteFile("common.sla", Samples.Common);

    private static string Mark(string search, int into = 1) =>
        Samples.Contract.Insert(Samples.Contract.IndexOf(search, StringComparison.Ordinal) + into, Cursor.Marker);

    [Fact]
    public void Definition_jumps_into_the_imported_file()
    {
        var position = _host.Open("main.sla", Mark("customer_equipment"));
        var locations = _host.Request(new DefinitionHandler(), _host.At("main.sla", position), HandlerHost.Json.TextDocumentPositionParams, HandlerHost.Json.ListLocation);
        var location = Assert.Single(locations);
        Assert.Equal(_host.UriOf("common.sla"), location.Uri);
        Assert.Equal(new Position(2, 6), location.Range.Start);
    }

    [Fact]
    public void Definition_of_an_import_path_is_the_file()
    {
        var position = _host.Open("main.sla", Mark("common.sla", 3));
        var locations = _host.Request(new DefinitionHandler(), _host.At("main.sla", position), HandlerHost.Json.TextDocumentPositionParams, HandlerHost.Json.ListLocation);
        Assert.Equal(_host.UriOf("common.sla"), Assert.Single(locations).Uri);
    }

    [Fact]
    public void References_span_the_declaring_file_and_its_importers()
    {
        var position = _host.Open("main.sla", Mark("customer_equipment"));
        var locations = _host.Request(new ReferencesHandler(), new ReferenceParams(_host.Document("main.sla"), position, new ReferenceContext(true)),
            HandlerHost.Json.ReferenceParams, HandlerHost.Json.ListLocation);
        Assert.Equal(2, locations.Count);
        Assert.Contains(locations, l => l.Uri == _host.UriOf("common.sla"));
        Assert.Contains(locations, l => l.Uri == _host.UriOf("main.sla"));
    }

    [Fact]
    public void Rename_edits_every_file_that_names_the_symbol()
    {
        var position = _host.Open("main.sla", Mark("major    |"));
        var edit = _host.Request(new RenameHandler(), new RenameParams(_host.Document("main.sla"), position, "serious"),
            HandlerHost.Json.RenameParams, HandlerHost.Json.WorkspaceEdit);
        Assert.NotNull(edit);
        Assert.Equal("serious", Assert.Single(edit.Changes[_host.UriOf("main.sla")]).NewText);
        Assert.Single(edit.Changes[_host.UriOf("common.sla")]);
    }

    [Theory]
    [InlineData("not a name")]
    [InlineData("9lives")]
    [InlineData("fee-2")]
    public void Rename_refuses_what_is_not_an_identifier(string newName)
    {
        var position = _host.Open("main.sla", Mark("monthly_fee when"));
        var e = Assert.Throws<LspException>(() => _host.Request(new RenameHandler(), new RenameParams(_host.Document("main.sla"), position, newName),
            HandlerHost.Json.RenameParams, HandlerHost.Json.WorkspaceEdit));
        Assert.Equal(ErrorCodes.RequestFailed, e.Code);
    }

    [Fact]
    public void Rename_refuses_a_name_that_is_taken()
    {
        var position = _host.Open("main.sla", Mark("monthly_fee when"));
        var e = Assert.Throws<LspException>(() => _host.Request(new RenameHandler(), new RenameParams(_host.Document("main.sla"), position, "completion"),
            HandlerHost.Json.RenameParams, HandlerHost.Json.WorkspaceEdit));
        Assert.Contains("already the name", e.Message);
    }

    [Fact]
    public void Prepare_rename_gives_the_name_and_refuses_keywords()
    {
        var position = _host.Open("main.sla", Mark("monthly_fee when", 3));
        var result = _host.Request(new PrepareRenameHandler(), _host.At("main.sla", position), HandlerHost.Json.TextDocumentPositionParams, HandlerHost.Json.PrepareRenameResult);
        Assert.Equal("monthly_fee", result!.Placeholder);

        var onKeyword = _host.Open("main.sla", Mark("availability 99.9%", 2));
        var e = Assert.Throws<LspException>(() => _host.Request(new PrepareRenameHandler(), _host.At("main.sla", onKeyword),
            HandlerHost.Json.TextDocumentPositionParams, HandlerHost.Json.PrepareRenameResult));
        Assert.Contains("keyword", e.Message);
    }

    [Fact]
    public void Workspace_symbols_match_letters_in_order()
    {
        _host.Open("main.sla", Samples.Contract);
        var symbols = _host.Request(new WorkspaceSymbolHandler(), new WorkspaceSymbolParams("fltrsp"), HandlerHost.Json.WorkspaceSymbolParams, HandlerHost.Json.ListSymbolInformation);
        Assert.Equal("fault_response", Assert.Single(symbols).Name);
    }

    public void Dispose() => _host.Dispose();
}
