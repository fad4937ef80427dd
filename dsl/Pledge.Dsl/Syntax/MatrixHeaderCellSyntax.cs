namespace Pledge.Dsl.Syntax;

/// <summary>`| respond` in a matrix's first row.</summary>
public sealed partial class MatrixHeaderCellSyntax(SyntaxToken pipe, SyntaxToken milestone) : SyntaxNode
{
    public SyntaxToken Pipe { get; } = pipe;
    public SyntaxToken Milestone { get; } = milestone;

    public override IEnumerable<SyntaxElement> Children => Elements(Pipe, Milestone);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Pipe);
        tokens.Add(Milestone);
    }
}
