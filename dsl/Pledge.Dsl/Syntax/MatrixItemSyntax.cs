using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`matrix { … }`: a response matrix.</summary>
public sealed partial class MatrixItemSyntax(SyntaxToken keyword, SyntaxToken openBrace, MatrixHeaderSyntax? header, ImmutableArray<SyntaxNode> rows, SyntaxToken? closeBrace) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken OpenBrace { get; } = openBrace;
    public MatrixHeaderSyntax? Header { get; } = header;
    public ImmutableArray<SyntaxNode> Rows { get; } = rows;
    public SyntaxToken? CloseBrace { get; } = closeBrace;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, OpenBrace, Header, Rows, CloseBrace);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        tokens.Add(OpenBrace);
        Header?.CollectTokens(tokens);
        foreach (var node in Rows) node.CollectTokens(tokens);
        if (CloseBrace is not null) tokens.Add(CloseBrace);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        if (Header is not null) { nodes.Add(Header); Header.CollectNodes(nodes); }
        foreach (var node in Rows) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
