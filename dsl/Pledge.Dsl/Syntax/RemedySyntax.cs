namespace Pledge.Dsl.Syntax;

/// <summary>A `remedy …` item: what is owed when the clause is broken.</summary>
public abstract class RemedySyntax : ItemSyntax
{
}
