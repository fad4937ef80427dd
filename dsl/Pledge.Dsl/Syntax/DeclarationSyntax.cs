namespace Pledge.Dsl.Syntax;

/// <summary>A top-level declaration of a file, or an item inside a block.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
}
