using System.Text.Json.Serialization.Metadata;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// Folds blocks (`{ … }` of declarations, matrices, distance and credit tables), items written over several
/// lines (long bilingual texts), runs of line comments, multi-line block comments and runs of imports.
/// </summary>
public sealed class FoldingRangeHandler : RequestHandler<TextDocumentParams, List<FoldingRange>>
{
    public override string Method => "textDocument/foldingRange";
    protected override JsonTypeInfo<TextDocumentParams> ParamsType => LspJsonContext.Default.TextDocumentParams;
    protected override JsonTypeInfo<List<FoldingRange>> ResultType => LspJsonContext.Default.ListFoldingRange;

    protected override List<FoldingRange> Handle(TextDocumentParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var lines = analysis.Lines;
        int Line(int offset) => lines.GetPosition(offset).Line;
        var result = new List<FoldingRange>();
        void Add(int start, int end, string? kind = null)
        {
            if (end > start) result.Add(new FoldingRange(start, end, kind));
        }

        foreach (var node in analysis.Tree.Root.DescendantNodes())
        {
            var (open, close) = node switch
            {
                BlockSyntax b => (b.OpenBrace, b.CloseBrace),
                MatrixItemSyntax m => (m.OpenBrace, m.CloseBrace),
                DistanceCommitmentItemSyntax d => (d.OpenBrace, d.CloseBrace),
                CreditRemedySyntax c => (c.OpenBrace, c.CloseBrace),
                _ => (null, null),
            };
            if (open is { Span.Length: > 0 })
            {
                // The closing brace stays visible, as editors do for braces.
                var end = close is { Span.Length: > 0 } ? Line(close.Span.Start) - 1 : Line(node.Span.End);
                Add(Line(open.Span.Start), end);
            }
            else if (node is DefineItemSyntax or TextItemSyntax or ExcludeCausesItemSyntax && node.Span.Length > 0)
            {
                Add(Line(node.Span.Start), Line(node.Span.End));
            }
        }

        var imports = analysis.Tree.Declarations.OfType<ImportDeclarationSyntax>().Select(i => Line(i.Span.Start)).ToList();
        foreach (var (first, last) in Runs(imports)) Add(first, last, "imports");

        var commentLines = new List<int>();
        foreach (var token in SyntaxLookup.Tokens(analysis.Tree))
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind == TriviaKind.BlockComment) Add(Line(trivia.Span.Start), Line(trivia.Span.End), "comment");
                else if (trivia.Kind == TriviaKind.LineComment && OwnLine(analysis.Source.Text, trivia.Span.Start)) commentLines.Add(Line(trivia.Span.Start));
            }
        }
        foreach (var (first, last) in Runs(commentLines)) Add(first, last, "comment");
        return [.. result.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
    }

    private static bool OwnLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0 && text[i] is not ('\n' or '\r'); i--)
            if (text[i] is not (' ' or '\t')) return false;
        return true;
    }

    /// <summary>Consecutive line numbers grouped into (first, last) runs.</summary>
    private static IEnumerable<(int First, int Last)> Runs(List<int> sortedLines)
    {
        for (var i = 0; i < sortedLines.Count;)
        {
            var j = i;
            while (j + 1 < sortedLines.Count && sortedLines[j + 1] == sortedLines[j] + 1) j++;
            yield return (sortedLines[i], sortedLines[j]);
            i = j + 1;
        }
    }
}
