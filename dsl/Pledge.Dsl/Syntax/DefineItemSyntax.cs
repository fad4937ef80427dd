namespace Pledge.Dsl.Syntax;

/// <summary>`define TERM : DEFINITION`.</summary>
public sealed partial class DefineItemSyntax(SyntaxToken keyword, TextSyntax term, SyntaxToken colon, TextSyntax definition) : ItemSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public TextSyntax Term { get; } = term;
    public SyntaxToken Colon { get; } = colon;
    public TextSyntax Definition { get; } = definition;

    public override IEnumerable<SyntaxElement> Children => Elements(Keyword, Term, Colon, Definition);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        tokens.Add(Keyword);
        Term.CollectTokens(tokens);
        tokens.Add(Colon);
        Definition.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Term);
        Term.CollectNodes(nodes);
        nodes.Add(Definition);
        Definition.CollectNodes(nodes);
    }
}
