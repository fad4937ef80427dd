using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// On the `contract` line: "Preview" and "Evaluate sample log", as the commands `pledge.openPreview` and
/// `pledge.evaluate` with the document's URI; the VS Code extension implements both (other editors may
/// ignore them). A library file (no contract) has none.
/// </summary>
public sealed class CodeLensHandler : RequestHandler<TextDocumentParams, List<CodeLens>>
{
    public const string PreviewCommand = "pledge.openPreview";
    public const string EvaluateCommand = "pledge.evaluate";

    public override string Method => "textDocument/codeLens";
    protected override JsonTypeInfo<TextDocumentParams> ParamsType => LspJsonContext.Default.TextDocumentParams;
    protected override JsonTypeInfo<List<CodeLens>> ResultType => LspJsonContext.Default.ListCodeLens;

    protected override List<CodeLens> Handle(TextDocumentParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var contract = analysis.Tree.Declarations.OfType<ContractDeclarationSyntax>().FirstOrDefault();
        if (contract is null) return [];
        var range = Ranges.Of(analysis.Lines, contract.Keyword.Span);
        var uri = analysis.Document.Uri;
        return
        [
            new CodeLens(range, new Command("Preview", PreviewCommand, [uri])),
            new CodeLens(range, new Command("Evaluate sample log", EvaluateCommand, [uri])),
        ];
    }
}
