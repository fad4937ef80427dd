using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Says whether the cursor is on a declared name (which can be renamed) and which range the editor should select.</summary>
public sealed class PrepareRenameHandler : RequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public override string Method => "textDocument/prepareRename";
    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;
    protected override JsonTypeInfo<PrepareRenameResult?> ResultType => LspJsonContext.Default.PrepareRenameResult;

    protected override PrepareRenameResult? Handle(TextDocumentPositionParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return null;
        var offset = analysis.OffsetOf(parameters.Position);
        if (analysis.Model.GetSymbolAt(offset) is { } found)
            return new PrepareRenameResult(Ranges.Of(analysis.Lines, found.Token.Span), found.Token.Text);
        var token = SyntaxLookup.TokenAt(analysis.Tree, offset);
        if (token is { Kind: TokenKind.Keyword })
            throw LspException.RequestFailed($"`{token.Text}` is a keyword of the language: only declared names can be renamed");
        throw LspException.RequestFailed("there is no declared name here to rename");
    }
}
