using System.Text.Json;
using Pledge.Compiler;
using Pledge.Compiler.Semantics;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// What `pledge/render` and `pledge/evaluate` start from: the open document's compilation (its current text, not
/// the disk), refused as `pledge render` and `pledge eval` refuse it. Syntax and naming errors (in the file or what
/// it imports) leave the contract without a reliable meaning: RequestFailed, the first errors in the message and in
/// `data`. Findings of the checks do not stop either request; the diagnostics show them.
/// </summary>
public static class OpenContract
{
    private const int InMessage = 5;
    private const int InData = 20;

    /// <param name="doing">What the request would do, for the messages: "rendered", "evaluated".</param>
    public static (DocumentAnalysis Analysis, ContractSymbol Contract) Get(RequestContext context, string uri, string doing)
    {
        var analysis = context.GetAnalysis(uri)
            ?? throw LspException.InvalidParams($"`{uri}` is not open: open it first (the request reads the editor's text)");
        var name = Path.GetFileName(analysis.Document.Path);
        var errors = analysis.Compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).ToList();
        if (errors.Count > 0) throw ContractErrors(analysis, context.Snapshot, name, errors, doing);
        context.CancellationToken.ThrowIfCancellationRequested();
        var contract = analysis.Model.Contract
            ?? throw LspException.RequestFailed($"`{name}` has no `contract` header: a library of declarations cannot be {doing}");
        return (analysis, contract);
    }

    private static LspException ContractErrors(DocumentAnalysis analysis, WorkspaceSnapshot snapshot, string name, List<FileDiagnostic> errors, string doing)
    {
        var folder = Path.GetDirectoryName(analysis.Document.Path) ?? "";
        var listed = errors.Take(InMessage).Select(e => $"{Shown(e.Path, folder)}:{e.Position}: {e.Diagnostic.Code}: {e.Diagnostic.Message}");
        var more = errors.Count > InMessage ? $"; and {errors.Count - InMessage} more" : "";
        var message = $"`{name}` has {errors.Count} error{(errors.Count == 1 ? "" : "s")} and cannot be {doing}: {string.Join("; ", listed)}{more}";
        var data = new ContractErrorsData("contractErrors", errors.Count, [.. errors.Take(InData).Select(e => new ContractError(
            snapshot.UriOf(e.Path), Ranges.Of(e.Source.Lines, e.Diagnostic.Span), e.Diagnostic.Code, e.Diagnostic.Message))]);
        return LspException.RequestFailed(message, JsonSerializer.SerializeToUtf8Bytes(data, LspJsonContext.Default.ContractErrorsData));
    }

    /// <summary>A file of the compilation as the messages name it: relative to the contract's folder when under it.</summary>
    private static string Shown(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
