using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>The outline: each declaration, with the items of its block as children. Syntax only: it works on a broken file.</summary>
public sealed class DocumentSymbolHandler : RequestHandler<TextDocumentParams, List<DocumentSymbol>>
{
    public override string Method => "textDocument/documentSymbol";
    protected override JsonTypeInfo<TextDocumentParams> ParamsType => LspJsonContext.Default.TextDocumentParams;
    protected override JsonTypeInfo<List<DocumentSymbol>> ResultType => LspJsonContext.Default.ListDocumentSymbol;

    protected override List<DocumentSymbol> Handle(TextDocumentParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var lines = analysis.Lines;
        var result = new List<DocumentSymbol>();
        foreach (var declaration in analysis.Tree.Declarations)
        {
            if (declaration.Span.Length == 0) continue;
            result.Add(Outline.Declaration(declaration, lines, analysis.Source));
        }
        return result;
    }
}
