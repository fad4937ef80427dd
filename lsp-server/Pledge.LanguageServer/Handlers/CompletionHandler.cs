using System.Text.Json.Serialization.Metadata;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Features.Completion;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>Completion by context: what the grammar allows at the cursor, and the declared names that fit there.</summary>
public sealed class CompletionHandler : RequestHandler<CompletionParams, CompletionList>
{
    public override string Method => "textDocument/completion";
    protected override JsonTypeInfo<CompletionParams> ParamsType => LspJsonContext.Default.CompletionParams;
    protected override JsonTypeInfo<CompletionList> ResultType => LspJsonContext.Default.CompletionList;

    protected override CompletionList Handle(CompletionParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return new CompletionList(false, []);
        var text = analysis.Source.Text;
        var offset = analysis.OffsetOf(parameters.Position);
        if (SyntaxLookup.InCommentOrString(analysis.Tree, offset)) return new CompletionList(false, []);
        var prefixStart = offset;
        while (prefixStart > 0 && TextScanner.IsWordPart(text[prefixStart - 1])) prefixStart--;
        // `30m`: the number is what came before; the word being typed starts at its first letter.
        while (prefixStart < offset && char.IsDigit(text[prefixStart])) prefixStart++;
        var situation = SituationFinder.Find(text, prefixStart);
        return new CompletionList(false, CompletionItems.For(situation, analysis.Model));
    }
}
