using System.Collections.Immutable;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Sprache;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Parses one file. Declarations and block items are read with the Sprache grammar; this driver
/// loops over them so that a failure in one is reported, skipped and the next one read, giving
/// every syntax error of a file in one pass.
/// </summary>
internal sealed class SlaParser(SourceText source)
{
    private readonly string _text = source.Text;
    private readonly List<Diagnostic> _diagnostics = [];

    private static readonly string DeclarationExpectation =
        "a declaration (`contract`, `languages`, `parameter`, `cause`, `severity`, `calendar`, `exclusion`, `clause`, `warranty`, …)";

    private static readonly IReadOnlyDictionary<string, (IReadOnlyDictionary<string, Parser<SyntaxNode>> Items, string Expectation)> Blocks =
        new Dictionary<string, (IReadOnlyDictionary<string, Parser<SyntaxNode>>, string)>
        {
            ["calendar"] = (CalendarGrammar.CalendarItems, "a calendar item (`days`, `hours`, `holidays`, `span`, `timezone`) or `}`"),
            ["exclusion"] = (CalendarGrammar.ExclusionItems, "an exclusion item (`causes`, `text`) or `}`"),
            ["clause"] = (ClauseGrammar.Items, "a clause item (`define`, `availability`, `max downtime`, `downtime`, `exclude`, `ignore`, `clock`, `matrix`, a milestone, `remedy`, `claim`, `text`) or `}`"),
            ["warranty"] = (WarrantyGrammar.Items, "a warranty item (`duration`, `covers`, `excludes`, `outside scope`, `replacement`) or `}`"),
        };

    private static readonly IReadOnlyDictionary<string, Parser<BlockHeader>> Headers =
        Blocks.Keys.ToDictionary(k => k, DeclarationGrammar.BlockHeader);

    public SyntaxTree ParseFile()
    {
        var input = new SlaInput(_text, 0, source.Lines);
        var declarations = new List<SyntaxNode>();
        while (true)
        {
            var position = TriviaScanner.SkipTrivia(_text, input.Position);
            if (position >= _text.Length) break;
            var word = PeekWord(position);
            if (word is not null && DeclarationGrammar.Lines.TryGetValue(word, out var line))
            {
                var result = line(input);
                if (result.WasSuccessful)
                {
                    declarations.Add(result.Value);
                    input = (SlaInput)result.Remainder;
                    continue;
                }
                ReportFailure(result.Remainder, result.Expectations);
            }
            else if (word is not null && Headers.TryGetValue(word, out var header))
            {
                var result = header(input);
                if (result.WasSuccessful)
                {
                    declarations.Add(ParseBlockDeclaration(result.Value, (SlaInput)result.Remainder, out input));
                    continue;
                }
                ReportFailure(result.Remainder, [.. result.Expectations]);
            }
            else
            {
                ReportUnexpected(position, [DeclarationExpectation]);
            }
            declarations.Add(Recovery.Skip(input, Recovery.TopLevel, out input));
        }

        var endOfFile = TokenParsers.EndOfFile(input).Value;
        var root = new CompilationUnitSyntax([.. declarations], endOfFile);
        // An empty file (or one of comments only) is a mistake worth stopping a build for: a contract that was
        // meant to be there is not, and nothing else would say so.
        if (declarations.Count == 0) _diagnostics.Add(DiagnosticCatalogue.FileIsEmpty(new TextSpan(_text.Length, 0)));
        _diagnostics.AddRange(LexicalDiagnostics.Collect(root));
        var ordered = _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToImmutableArray();
        return new SyntaxTree(source, root, ordered);
    }

    private SyntaxNode ParseBlockDeclaration(BlockHeader header, SlaInput input, out SlaInput rest)
    {
        var keyword = header.Keyword.Text;
        var (items, expectation) = Blocks[keyword];
        var body = ParseBlock(header.OpenBrace, input, items, expectation, keyword, out rest);
        return keyword switch
        {
            "calendar" => new CalendarDeclarationSyntax(header.Keyword, header.Name, header.Title, body),
            "exclusion" => new ExclusionDeclarationSyntax(header.Keyword, header.Name, header.Title, body),
            "clause" => new ClauseDeclarationSyntax(header.Keyword, header.Name, header.Title, body),
            _ => new WarrantyDeclarationSyntax(header.Keyword, header.Name, header.Title, body),
        };
    }

    private BlockSyntax ParseBlock(SyntaxToken open, SlaInput input, IReadOnlyDictionary<string, Parser<SyntaxNode>> items,
        string expectation, string construct, out SlaInput rest)
    {
        var nodes = new List<SyntaxNode>();
        var sync = Recovery.InBlock(items);
        SyntaxToken? close = null;
        while (true)
        {
            var position = TriviaScanner.SkipTrivia(_text, input.Position);
            if (position >= _text.Length)
            {
                _diagnostics.Add(DiagnosticCatalogue.CloseBraceMissing(open.Span, construct));
                break;
            }
            if (_text[position] == '}')
            {
                var result = TokenParsers.RightBrace(input);
                close = result.Value;
                input = (SlaInput)result.Remainder;
                break;
            }
            var word = PeekWord(position);
            if (word is not null && items.TryGetValue(word, out var item))
            {
                var result = item(input);
                if (result.WasSuccessful)
                {
                    nodes.Add(result.Value);
                    input = (SlaInput)result.Remainder;
                    continue;
                }
                ReportFailure(result.Remainder, result.Expectations);
            }
            else if (word is not null && Keywords.Declarations.Contains(word) && Recovery.IsLineStart(_text, position))
            {
                // A declaration where an item was expected: the block was not closed.
                _diagnostics.Add(DiagnosticCatalogue.CloseBraceMissing(open.Span, construct));
                break;
            }
            else
            {
                ReportUnexpected(position, [expectation]);
            }
            nodes.Add(Recovery.Skip(input, sync, out input));
        }
        rest = input;
        return new BlockSyntax(open, [.. nodes], close);
    }

    private string? PeekWord(int position)
    {
        var end = Scanners.Word(_text, position);
        return end < 0 ? null : _text[position..end];
    }

    private void ReportFailure(IInput remainder, IEnumerable<string> expectations) =>
        ReportUnexpected(TriviaScanner.SkipTrivia(_text, remainder.Position), expectations);

    private void ReportUnexpected(int position, IEnumerable<string> expectations)
    {
        var span = Recovery.FoundSpan(_text, position);
        if (span.Length > 0 && IsInvalidCharacter(_text[position]))
        {
            _diagnostics.Add(DiagnosticCatalogue.BadCharacter(span, _text[position]));
            return;
        }
        _diagnostics.Add(DiagnosticCatalogue.Unexpected(span, _text.Substring(span.Start, span.Length), expectations));
    }

    private static bool IsInvalidCharacter(char c) =>
        c == '\uFFFD' || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r');
}
