using System.Text.Json.Serialization.Metadata;
using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// Quick fixes for the diagnostics in the range: each diagnostic's own fix (safe ones preferred), and
/// "ignore": a `// pledge-ignore CODE` comment on the line before, indented like that line. The comment is
/// inserted without a reason on purpose: PLG9004 then asks for one until the author writes why, which is what
/// the project requires of every suppression. Syntax errors cannot be ignored, so they get no such action.
/// </summary>
public sealed class CodeActionHandler : RequestHandler<CodeActionParams, List<CodeAction>>
{
    public override string Method => "textDocument/codeAction";
    public override bool AnswersWithEdits => true;
    protected override JsonTypeInfo<CodeActionParams> ParamsType => LspJsonContext.Default.CodeActionParams;
    protected override JsonTypeInfo<List<CodeAction>> ResultType => LspJsonContext.Default.ListCodeAction;

    protected override List<CodeAction> Handle(CodeActionParams parameters, RequestContext context)
    {
        if (parameters.Context?.Only is { } only && !only.Any(k => k is "quickfix" || "quickfix".StartsWith(k + ".", StringComparison.Ordinal) || k == "")) return [];
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var uri = analysis.Document.Uri;
        var docsUrl = context.Services.Settings.DiagnosticsDocsUrl;
        var actions = new List<CodeAction>();
        var ignored = new HashSet<(string Code, int Line)>();
        foreach (var fileDiagnostic in analysis.OwnDiagnostics)
        {
            var lsp = DiagnosticConverter.Convert(fileDiagnostic, docsUrl, context.Snapshot.UriOf);
            if (!Ranges.Intersects(lsp.Range, parameters.Range)) continue;
            var diagnostic = fileDiagnostic.Diagnostic;
            if (diagnostic.Fix is { } fix)
            {
                var edits = fix.Edits.Select(e => new LspTextEdit(Ranges.Of(analysis.Lines, e.Span), e.NewText)).ToList();
                actions.Add(new CodeAction(Capitalised(fix.Title), "quickfix", [lsp], fix.IsSafe ? true : null,
                    new WorkspaceEdit(new Dictionary<string, List<LspTextEdit>> { [uri] = edits })));
            }
            if (diagnostic.Descriptor.Family is not ("syntax" or "configuration") && ignored.Add((diagnostic.Code, lsp.Range.Start.Line)))
                actions.Add(Ignore(analysis, uri, lsp, diagnostic));
        }
        return actions;
    }

    private static CodeAction Ignore(DocumentAnalysis analysis, string uri, LspDiagnostic lsp, Diagnostic diagnostic)
    {
        var line = lsp.Range.Start.Line;
        var lineText = analysis.Source.GetLineText(line);
        var indentation = lineText[..(lineText.Length - lineText.TrimStart(' ', '\t').Length)];
        var newLine = analysis.Source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var at = new Position(line, 0);
        var edit = new LspTextEdit(new LspRange(at, at), $"{indentation}// pledge-ignore {diagnostic.Code} {newLine}");
        return new CodeAction($"Ignore {diagnostic.Code} on this line (then write the reason after the code)", "quickfix", [lsp], null,
            new WorkspaceEdit(new Dictionary<string, List<LspTextEdit>> { [uri] = [edit] }));
    }

    private static string Capitalised(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
}
