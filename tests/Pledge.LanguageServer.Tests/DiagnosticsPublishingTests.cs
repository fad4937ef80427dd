using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

public sealed class DiagnosticsPublishingTests : IDisposable
{
    private readonly HandlerHost _host = new();

    [Fact]
    public void Diagnostics_carry_code_link_severity_and_related_places()
    {
        _host.Open("main.sla", "cause a \"甲\" / \"A\"\ncause a \"乙\" / \"B\"");
        _host.Services.Publisher.Run();
        var published = _host.Published.Last(p => p.Uri == _host.UriOf("main.sla"));
        var duplicate = published.Diagnostics.First(d => d.Code!.StartsWith("PLG2", StringComparison.Ordinal) && d.RelatedInformation is not null);
        Assert.Equal(1, duplicate.Severity);
        Assert.Equal($"file:///docs/diagnostics.md#{duplicate.Code!.ToLowerInvariant()}", duplicate.CodeDescription!.Href);
        Assert.Equal(0, duplicate.RelatedInformation![0].Location.Range.Start.Line);
        Assert.Equal("pledge", duplicate.Source);
        Assert.Equal(1, published.Version);
    }

    [Fact]
    public void A_change_to_an_open_import_re_analyses_the_importer()
    {
        _host.Open("common.sla", "languages en\ncause a \"A\"");
        _host.Open("main.sla", "contract c \"C\"\nlanguages en\nimport \"common.sla\"\nclause k \"K\" {\n  exclude causes b\n}");
        _host.Services.Publisher.Run();
        Assert.Contains(_host.Published.Last(p => p.Uri == _host.UriOf("main.sla")).Diagnostics, d => d.Message.Contains("`b`"));

        _host.Services.Store.Change(_host.UriOf("common.sla"), 2, [new Protocol.Types.TextDocumentContentChangeEvent("languages en\ncause a \"A\"\ncause b \"B\"")]);
        _host.Services.Publisher.Run();
        Assert.DoesNotContain(_host.Published.Last(p => p.Uri == _host.UriOf("main.sla")).Diagnostics, d => d.Message.Contains("`b`"));
    }

    [Fact]
    public void Closing_a_document_clears_its_diagnostics()
    {
        _host.Open("main.sla", "cause \"oops");
        _host.Services.Publisher.Run();
        Assert.NotEmpty(_host.Published.Last().Diagnostics);
        _host.Services.Store.Close(_host.UriOf("main.sla"));
        _host.Services.Publisher.Cleared(_host.UriOf("main.sla"), Workspace.DocumentUris.ToPath(_host.UriOf("main.sla")));
        Assert.Empty(_host.Published.Last().Diagnostics);
    }

    public void Dispose() => _host.Dispose();
}
