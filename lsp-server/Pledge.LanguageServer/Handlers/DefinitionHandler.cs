using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>From a name to its declaration (in this file or an imported one); from an import's path to the file.</summary>
public sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, List<Location>>
{
    public override string Method => "textDocument/definition";
    protected override JsonTypeInfo<TextDocumentPositionParams> ParamsType => LspJsonContext.Default.TextDocumentPositionParams;
    protected override JsonTypeInfo<List<Location>> ResultType => LspJsonContext.Default.ListLocation;

    protected override List<Location> Handle(TextDocumentPositionParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var offset = analysis.OffsetOf(parameters.Position);
        if (analysis.Model.GetSymbolAt(offset) is { } found)
        {
            var symbol = found.Symbol;
            return [new Location(context.Snapshot.UriOf(symbol.Path), Ranges.Of(symbol.Tree.Source.Lines, symbol.NameToken.Span))];
        }
        var import = SyntaxLookup.Innermost<ImportDeclarationSyntax>(SyntaxLookup.NodesAt(analysis.Tree, offset));
        if (import is not null && import.Path.Span.ContainsOrTouches(offset) && import.Path.Value.Length > 0)
        {
            var directory = Path.GetDirectoryName(analysis.Document.Path) ?? "/";
            var target = Path.GetFullPath(Path.Combine(directory, import.Path.Value));
            if (analysis.Compilation.GetSyntaxTree(target) is not null || File.Exists(target))
                return [new Location(context.Snapshot.UriOf(target), new LspRange(new Position(0, 0), new Position(0, 0)))];
        }
        return [];
    }
}
