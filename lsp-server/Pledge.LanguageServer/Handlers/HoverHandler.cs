using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// On a name: its declaration in every language. Elsewhere in a clause or warranty item: computed facts
/// (allowances per period length, deadlines in working time, distance tiers, a warranty's end date).
/// </summary>
public sealed class HoverHandler : RequestHandler<TextDocumentPositionParams, Hover?>
{
    public override string Method => "textDocument/hover";
    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;
    protected override JsonTypeInfo<Hover?> ResultType => LspJsonContext.Default.Hover;

    protected override Hover? Handle(TextDocumentPositionParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return null;
        var offset = analysis.OffsetOf(parameters.Position);
        var model = analysis.Model;
        if (model.GetSymbolAt(offset) is { } found)
            return new Hover(MarkupContent.Markdown(SymbolDescriptions.Describe(found.Symbol, model)), Ranges.Of(analysis.Lines, found.Token.Span));

        var token = SyntaxLookup.TokenAt(analysis.Tree, offset);
        if (token is null || token.Kind == TokenKind.String) return null;
        var path = SyntaxLookup.NodesAt(analysis.Tree, offset);
        if (ItemFacts.Describe(path, model) is not { } facts) return null;
        return new Hover(MarkupContent.Markdown(facts), Ranges.Of(analysis.Lines, token.Span));
    }
}
