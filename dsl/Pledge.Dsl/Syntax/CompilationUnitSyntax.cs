using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>The whole file: its declarations (or skipped text) and the end-of-file token that holds the final trivia.</summary>
public sealed partial class CompilationUnitSyntax(ImmutableArray<SyntaxNode> declarations, SyntaxToken endOfFile) : SyntaxNode
{
    public ImmutableArray<SyntaxNode> Declarations { get; } = declarations;
    public SyntaxToken EndOfFile { get; } = endOfFile;

    public override IEnumerable<SyntaxElement> Children => Elements(Declarations, EndOfFile);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var node in Declarations) node.CollectTokens(tokens);
        tokens.Add(EndOfFile);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        foreach (var node in Declarations) { nodes.Add(node); node.CollectNodes(nodes); }
    }
}
