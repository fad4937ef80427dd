using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// Renames a declared name and every use of it, across the files of the workspace. Refused: keywords, a new
/// name that is not an identifier, one that another visible declaration already has, and one that would make
/// a file read differently (the edited files are parsed again and must not gain a syntax error).
/// </summary>
public sealed partial class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit?>
{
    public override string Method => "textDocument/rename";
    public override bool AnswersWithEdits => true;
    protected override JsonTypeInfo<RenameParams> ParamsType => LspJsonContext.Default.RenameParams;
    protected override JsonTypeInfo<WorkspaceEdit?> ResultType => LspJsonContext.Default.WorkspaceEdit;

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex Identifier();

    protected override WorkspaceEdit? Handle(RenameParams parameters, RequestContext context)
    {
        var newName = parameters.NewName.Trim();
        if (!Identifier().IsMatch(newName))
            throw LspException.RequestFailed($"`{newName}` is not a name: start with a letter or `_`, then letters, digits or `_`");
        if (context.GetAnalysis(parameters.TextDocument.Uri) is { } analysis
            && SyntaxLookup.TokenAt(analysis.Tree, analysis.OffsetOf(parameters.Position)) is { Kind: TokenKind.Keyword } keyword
            && analysis.Model.GetSymbolAt(analysis.OffsetOf(parameters.Position)) is null)
            throw LspException.RequestFailed($"`{keyword.Text}` is a keyword of the language: only declared names can be renamed");

        if (WorkspaceReferences.Find(context, parameters.TextDocument.Uri, parameters.Position) is not { } found)
            throw LspException.RequestFailed("there is no declared name here to rename");
        if (newName == found.Symbol.Name) return new WorkspaceEdit([]);

        foreach (var tree in found.References.Select(r => r.Tree).Distinct())
        {
            if (found.Compilation.GetSemanticModel(tree).LookupSymbol(newName) is { } clash)
                throw LspException.RequestFailed($"`{newName}` is already the name of the {clash.Kind.ToString().ToLowerInvariant()} declared in `{Path.GetFileName(clash.Path)}` {clash.Tree.Source.Lines.GetPosition(clash.NameToken.Span.Start)}");
        }

        var changes = new Dictionary<string, List<LspTextEdit>>(StringComparer.Ordinal);
        foreach (var group in found.References.GroupBy(r => r.Tree))
        {
            var tree = group.Key;
            var spans = group.Select(r => r.Token.Span).Distinct().OrderBy(s => s.Start).ToList();
            RefuseIfItWouldNotParse(tree, spans, newName);
            changes[context.Snapshot.UriOf(tree.Path)] = [.. spans.Select(s => new LspTextEdit(Ranges.Of(tree.Source.Lines, s), newName))];
        }
        return new WorkspaceEdit(changes);
    }

    /// <summary>Keywords are contextual, so most names are fine anywhere; this catches the places where one is not.</summary>
    private static void RefuseIfItWouldNotParse(SyntaxTree tree, IReadOnlyList<Dsl.Text.TextSpan> spans, string newName)
    {
        var text = tree.Source.Text;
        var builder = new System.Text.StringBuilder(text.Length + spans.Count * newName.Length);
        var at = 0;
        foreach (var span in spans)
        {
            builder.Append(text, at, span.Start - at).Append(newName);
            at = span.End;
        }
        builder.Append(text, at, text.Length - at);
        var before = tree.Diagnostics.Count(d => d.IsError);
        var after = SyntaxTree.Parse(builder.ToString(), tree.Path).Diagnostics.Count(d => d.IsError);
        if (after > before)
            throw LspException.RequestFailed($"`{newName}` would not read as a name everywhere in `{Path.GetFileName(tree.Path)}`: choose another name");
    }
}
