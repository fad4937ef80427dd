using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>Prints a node exactly as it was read: every token's leading trivia, text and trailing trivia.</summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxNode node) => node.ToFullString();
}
