using System.Text.Json.Serialization.Metadata;
using Pledge.Compiler;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// Colours from the parser and the binder rather than a grammar's guess: contextual keywords are keywords only
/// where the parser read them as such, and names are coloured by what they are bound to.
/// </summary>
public sealed class SemanticTokensHandler : RequestHandler<TextDocumentParams, SemanticTokens>
{
    public static readonly IReadOnlyList<string> TokenTypes =
        ["keyword", "type", "class", "variable", "parameter", "enumMember", "string", "number", "comment", "operator", "namespace"];

    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration"];

    private static int TypeIndex(string type) => TokenTypes.ToList().IndexOf(type);

    public override string Method => "textDocument/semanticTokens/full";
    protected override JsonTypeInfo<TextDocumentParams> ParamsType => LspJsonContext.Default.TextDocumentParams;
    protected override JsonTypeInfo<SemanticTokens> ResultType => LspJsonContext.Default.SemanticTokens;

    protected override SemanticTokens Handle(TextDocumentParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return new SemanticTokens([]);
        var lines = analysis.Lines;
        var text = analysis.Source.Text;
        var model = analysis.Model;
        var encoder = new Encoder(lines, text);
        foreach (var token in SyntaxLookup.Tokens(analysis.Tree))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var trivia in token.LeadingTrivia) if (trivia.IsComment) encoder.Add(trivia.Span, TypeIndex("comment"), 0);
            if (token.Span.Length > 0 && Classify(token, model) is { } c) encoder.Add(token.Span, TypeIndex(c.Type), c.Declaration ? 1 : 0);
            foreach (var trivia in token.TrailingTrivia) if (trivia.IsComment) encoder.Add(trivia.Span, TypeIndex("comment"), 0);
        }
        return new SemanticTokens([.. encoder.Data]);
    }

    private static (string Type, bool Declaration)? Classify(SyntaxToken token, SemanticModel model)
    {
        switch (token.Kind)
        {
            case TokenKind.Keyword: return ("keyword", false);
            case TokenKind.String: return ("string", false);
            case TokenKind.LanguageTag: return ("string", false);
            case TokenKind.Number or TokenKind.Percentage or TokenKind.Date or TokenKind.Time or TokenKind.Unit: return ("number", false);
            case TokenKind.Pipe or TokenKind.Dash or TokenKind.Colon or TokenKind.Slash or TokenKind.DotDot: return ("operator", false);
            case TokenKind.Identifier:
                var symbol = model.GetSymbol(token);
                if (symbol is null) return ("variable", false);
                var declaration = ReferenceEquals(symbol.NameToken, token);
                return (symbol.Kind switch
                {
                    SymbolKind.Contract => "namespace",
                    SymbolKind.Parameter => "parameter",
                    SymbolKind.Cause or SymbolKind.Severity => "enumMember",
                    SymbolKind.Calendar => "type",
                    _ => "class",
                }, declaration);
            default: return null;
        }
    }

    /// <summary>LSP's relative encoding: five integers a token; a token that spans lines is cut into one per line.</summary>
    private sealed class Encoder(LineMap lines, string text)
    {
        public List<int> Data { get; } = [];
        private int _line;
        private int _character;

        public void Add(TextSpan span, int type, int modifiers)
        {
            var start = span.Start;
            while (start < span.End)
            {
                var position = lines.GetPosition(start);
                var end = start;
                while (end < span.End && text[end] is not ('\n' or '\r')) end++;
                if (end > start) Emit(position.Line, position.Character, end - start, type, modifiers);
                while (end < span.End && text[end] is '\n' or '\r') end++;
                start = end;
            }
        }

        private void Emit(int line, int character, int length, int type, int modifiers)
        {
            var deltaLine = line - _line;
            var deltaCharacter = deltaLine == 0 ? character - _character : character;
            Data.AddRange([deltaLine, deltaCharacter, length, type, modifiers]);
            _line = line;
            _character = character;
        }
    }
}
