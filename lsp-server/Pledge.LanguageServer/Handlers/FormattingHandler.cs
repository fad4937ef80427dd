using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Printing;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// The front end's formatter (what `pledge format` writes), as one edit of the whole document. A file with
/// syntax errors is left alone (no edits, and a log line says why), as `pledge format` leaves it: laying out
/// text the parser did not understand could move it somewhere it means something else.
/// </summary>
public sealed class FormattingHandler : RequestHandler<DocumentFormattingParams, List<LspTextEdit>>
{
    public override string Method => "textDocument/formatting";
    public override bool AnswersWithEdits => true;
    protected override JsonTypeInfo<DocumentFormattingParams> ParamsType => LspJsonContext.Default.DocumentFormattingParams;
    protected override JsonTypeInfo<List<LspTextEdit>> ResultType => LspJsonContext.Default.ListLspTextEdit;

    protected override List<LspTextEdit> Handle(DocumentFormattingParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        if (analysis.Tree.Diagnostics.Any(d => d.IsError))
        {
            context.Services.Log($"not formatting {parameters.TextDocument.Uri}: it has syntax errors");
            return [];
        }
        var text = analysis.Source.Text;
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        // The editor's tab size is not used: the layout is the project's canonical one, the same as `pledge format --check` expects.
        var formatted = SlaFormatter.Format(analysis.Tree, FormatOptions.Default with { NewLine = newLine });
        if (formatted == text) return [];
        return [new LspTextEdit(Ranges.Of(analysis.Lines, 0, text.Length), formatted)];
    }
}
