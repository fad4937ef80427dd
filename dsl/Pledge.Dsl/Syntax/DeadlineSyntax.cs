namespace Pledge.Dsl.Syntax;

/// <summary>A deadline: a duration on the clock, a close-of-day form or `-` (no commitment), optionally `on CALENDAR`.</summary>
public abstract class DeadlineSyntax : SyntaxNode
{
}
