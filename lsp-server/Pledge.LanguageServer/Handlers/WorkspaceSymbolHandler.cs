using System.Text.Json.Serialization.Metadata;
using Pledge.Compiler.Semantics;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Declared names across the workspace whose letters contain the query's letters in order (case-insensitive).</summary>
public sealed class WorkspaceSymbolHandler : RequestHandler<WorkspaceSymbolParams, List<SymbolInformation>>
{
    private const int MaxResults = 500;

    public override string Method => "workspace/symbol";
    protected override JsonTypeInfo<WorkspaceSymbolParams> ParamsType => LspJsonContext.Default.WorkspaceSymbolParams;
    protected override JsonTypeInfo<List<SymbolInformation>> ResultType => LspJsonContext.Default.ListSymbolInformation;

    protected override List<SymbolInformation> Handle(WorkspaceSymbolParams parameters, RequestContext context)
    {
        var compilation = context.Services.Cache.GetWorkspaceCompilation(context.Snapshot);
        var result = new List<SymbolInformation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var symbol in compilation.GetSemanticModel(tree).DeclaredSymbols)
            {
                if (!Matches(symbol.Name, parameters.Query)) continue;
                var location = new Location(context.Snapshot.UriOf(tree.Path), Ranges.Of(tree.Source.Lines, symbol.NameToken.Span));
                result.Add(new SymbolInformation(symbol.Name, KindOf(symbol.Kind), location, Path.GetFileName(tree.Path)));
                if (result.Count >= MaxResults) return result;
            }
        }
        return result;
    }

    public static bool Matches(string name, string query)
    {
        var at = 0;
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c)) continue;
            at = name.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    public static int KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Contract => LspSymbolKind.Module,
        SymbolKind.Parameter => LspSymbolKind.Variable,
        SymbolKind.Cause or SymbolKind.Severity => LspSymbolKind.EnumMember,
        SymbolKind.Calendar => LspSymbolKind.Struct,
        SymbolKind.Exclusion => LspSymbolKind.Interface,
        _ => LspSymbolKind.Class,
    };
}
