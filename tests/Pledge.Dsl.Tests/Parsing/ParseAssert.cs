using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests.Parsing;

internal static class ParseAssert
{
    /// <summary>Parses text that must be free of syntax errors and must print back unchanged.</summary>
    public static SyntaxTree Clean(string text)
    {
        var tree = SyntaxTree.Parse(text, "test.sla");
        Assert.True(tree.Diagnostics.IsEmpty, "unexpected diagnostics:\n" + Describe(tree));
        Assert.Equal(text, tree.Root.ToFullString());
        return tree;
    }

    /// <summary>Parses the body of a clause and returns its single item.</summary>
    public static T ClauseItem<T>(string item) where T : SyntaxNode
    {
        var tree = Clean($"clause c \"t\" {{\n  {item}\n}}\n");
        var clause = Assert.IsType<ClauseDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        return Assert.IsType<T>(Assert.Single(clause.Body.Items));
    }

    public static T Single<T>(SyntaxTree tree) where T : SyntaxNode =>
        Assert.Single(tree.Root.DescendantNodes().OfType<T>());

    /// <summary>Parses text that must have errors; it must still print back unchanged.</summary>
    public static SyntaxTree WithErrors(string text)
    {
        var tree = SyntaxTree.Parse(text, "test.sla");
        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(text, tree.Root.ToFullString());
        return tree;
    }

    public static string Describe(SyntaxTree tree) =>
        string.Join("\n", tree.Diagnostics.Select(d => $"{tree.Source.Lines.GetPosition(d.Span.Start)} {d.Code} {d.Message}"));

    public static (int Line, int Column) Position(SyntaxTree tree, Diagnostic diagnostic)
    {
        var p = tree.Source.Lines.GetPosition(diagnostic.Span.Start);
        return (p.Line + 1, p.Character + 1);
    }
}
