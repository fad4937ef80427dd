namespace Pledge.Dsl.Syntax;

/// <summary>An item inside a calendar, exclusion, clause or warranty block.</summary>
public abstract class ItemSyntax : SyntaxNode
{
}
