namespace Pledge.Dsl.Syntax;

/// <summary>`| 15 min` in a matrix row.</summary>
public sealed partial class MatrixCellSyntax(SyntaxToken pipe, DeadlineSyntax deadline) : SyntaxNode
{
    public SyntaxToken Pipe { get; } = pipe;
    public DeadlineSyntax Deadline { get; } = deadline;

    public override IEnumerable<SyntaxElement> Children => Elements(Pipe, Deadline);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Pipe);
        Deadline.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Deadline);
        Deadline.CollectNodes(nodes);
    }
}
