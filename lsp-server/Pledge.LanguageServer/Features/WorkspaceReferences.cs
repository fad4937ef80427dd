using System.Collections.Immutable;
using Pledge.Compiler;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// The symbol under a cursor looked up in the workspace compilation, where every file that could name it is
/// bound together, so that references and renames reach files that import the declaring one.
/// </summary>
public static class WorkspaceReferences
{
    public sealed record Found(Compilation Compilation, SemanticModel Model, SyntaxToken Token, Symbol Symbol, ImmutableArray<SymbolReference> References);

    public static Found? Find(RequestContext context, string uri, Position position)
    {
        if (context.GetAnalysis(uri) is not { } analysis) return null;
        var compilation = context.Services.Cache.GetWorkspaceCompilation(context.Snapshot);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (compilation.GetSyntaxTree(analysis.Document.Path) is not { } tree) return null;
        var model = compilation.GetSemanticModel(tree);
        var offset = analysis.OffsetOf(position);
        if (model.GetSymbolAt(offset) is not { } at) return null;
        return new Found(compilation, model, at.Token, at.Symbol, model.GetReferences(at.Symbol));
    }

    public static Location LocationOf(RequestContext context, SymbolReference reference) =>
        new(context.Snapshot.UriOf(reference.Tree.Path), Ranges.Of(reference.Tree.Source.Lines, reference.Token.Span));
}
