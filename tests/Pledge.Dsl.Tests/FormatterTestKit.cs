using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests;

/// <summary>Formats test input and checks, on every call, the promises that hold for any input.</summary>
internal static class FormatterTestKit
{
    /// <summary>
    /// Formats <paramref name="source"/> and asserts: the layout needed no fallback (the formatter's own safety net
    /// would hide layout bugs), a second format changes nothing, and every comment is still there in the same order.
    /// </summary>
    public static string Format(string source, FormatOptions? options = null)
    {
        options ??= FormatOptions.Default;
        var tree = SyntaxTree.Parse(source, "test.sla");
        var layout = SlaFormatter.Layout(tree.Root, options);
        var formatted = SlaFormatter.Format(tree, options);
        Assert.Equal(layout, formatted);

        var again = SlaFormatter.Format(SyntaxTree.Parse(formatted, "test.sla"), options);
        Assert.Equal(formatted, again);
        Assert.Equal(Comments(source), Comments(formatted));
        return formatted;
    }

    /// <summary>Asserts the input is free of syntax errors (so a layout test tests the layout), then formats it.</summary>
    public static string FormatValid(string source, FormatOptions? options = null)
    {
        var tree = SyntaxTree.Parse(source, "test.sla");
        Assert.True(tree.Diagnostics.IsEmpty, "test input has syntax errors: " + string.Join("; ", tree.Diagnostics));
        return Format(source, options);
    }

    public static void AssertFormats(string expected, string source) => Assert.Equal(expected, FormatValid(source));

    /// <summary>The comments of a text as the parser sees them, in order, without trailing whitespace.</summary>
    public static List<string> Comments(string source)
    {
        var tree = SyntaxTree.Parse(source, "test.sla");
        return [.. tree.Root.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.IsComment)
            .Select(t => string.Join('\n', t.Text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())))];
    }

    /// <summary>The text without any whitespace: what formatting must never change.</summary>
    public static string Ink(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
