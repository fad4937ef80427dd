using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests.Parsing;

public class RecoveryTests
{
    [Fact]
    public void ReportsEveryBrokenItemOfAFile()
    {
        var tree = ParseAssert.WithErrors("""
            parameter fee "月费" / "Fee" : moneyy
            clause c "t" / "t" {
              availability 99.9% per mnth
              max downtime 44 mins per month
              downtime from reported to restored
            }
            cause ok "好" / "fine"
            """);
        Assert.Equal(3, tree.Diagnostics.Length);
        Assert.All(tree.Diagnostics, d => Assert.Equal("PLG1001", d.Code));
        Assert.Equal((1, 30), ParseAssert.Position(tree, tree.Diagnostics[0]));
        Assert.Contains("expected a parameter type", tree.Diagnostics[0].Message);
        Assert.Equal((3, 26), ParseAssert.Position(tree, tree.Diagnostics[1]));
        Assert.Contains("expected a period", tree.Diagnostics[1].Message);
        Assert.Contains("unexpected `mins`; expected a unit", tree.Diagnostics[2].Message);
        // The items after the broken ones are still read.
        Assert.Single(tree.Root.DescendantNodes().OfType<DowntimeItemSyntax>());
        Assert.Single(tree.Root.DescendantNodes().OfType<CauseDeclarationSyntax>());
    }

    [Fact]
    public void ErrorNodesKeepTheSkippedText()
    {
        var tree = ParseAssert.WithErrors("clause c \"t\" {\n  availability 99.9% per mnth // why\n  clock 24x7\n}\n");
        var skipped = Assert.Single(tree.Root.DescendantNodes().OfType<SkippedSyntax>());
        Assert.Equal("availability 99.9% per mnth", skipped.Token.Text);
        Assert.Contains(skipped.Token.TrailingTrivia, t => t.Text == "// why");
    }

    [Fact]
    public void MessageNamesTheExpectedDuration()
    {
        var tree = ParseAssert.WithErrors("clause c \"t\" {\n  respond within soon\n}\n");
        Assert.Contains("expected a deadline such as `4 h`", Assert.Single(tree.Diagnostics).Message);
    }

    [Fact]
    public void UnknownItemIsReportedWithTheItemsOfTheBlock()
    {
        var tree = ParseAssert.WithErrors("calendar c \"c\" {\n  weekdays Mon-Fri\n  hours 09:00-18:00\n}\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Contains("unexpected `weekdays`; expected a calendar item", diagnostic.Message);
        Assert.Single(tree.Root.DescendantNodes().OfType<HoursItemSyntax>());
    }

    [Fact]
    public void MissingCloseBraceEndsTheBlockAtTheNextDeclaration()
    {
        var tree = ParseAssert.WithErrors("clause a \"a\" {\n  clock 24x7\n\nclause b \"b\" {\n  clock 24x7\n}\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("PLG1005", diagnostic.Code);
        Assert.Equal(2, tree.Root.DescendantNodes().OfType<ClauseDeclarationSyntax>().Count());
    }

    [Fact]
    public void UnterminatedStringAtTheEnd()
    {
        var tree = ParseAssert.WithErrors("contract x \"abc");
        Assert.Equal("PLG1002", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void UnterminatedStringInsideABrokenDeclarationIsNamed()
    {
        var tree = ParseAssert.WithErrors("clause d \"unterminated {\n  availability 99%\n}\ncause a \"a\"\n");
        Assert.Contains(tree.Diagnostics, d => d.Code == "PLG1002");
        Assert.Single(tree.Root.DescendantNodes().OfType<CauseDeclarationSyntax>());
    }

    [Theory]
    [InlineData("cause a \"bad \\q escape\"", "PLG1004")]
    [InlineData("calendar c \"c\" {\n holidays 2026-02-30\n}", "PLG1007")]
    [InlineData("calendar c \"c\" {\n hours 09:00-25:00\n}", "PLG1008")]
    [InlineData("cause a \"a\" /* never closed", "PLG1003")]
    [InlineData("\u0001\u0002 cause", "PLG1006")]
    [InlineData("clause c \"c\" {\n availability 99999999999999999999999999999999.9% per month\n}", "PLG1010")]
    [InlineData("cause a \"\\u{110000}\"", "PLG1004")]
    public void LexicalProblems(string text, string code)
    {
        var tree = ParseAssert.WithErrors(text);
        Assert.Contains(tree.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void AMegabyteOfBracesIsOneError()
    {
        var text = new string('{', 1_000_000);
        var tree = ParseAssert.WithErrors(text);
        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void EmptyAndCommentOnlyFilesAreOneError()
    {
        foreach (var text in new[] { "", "  \n// only a comment\n" })
        {
            var tree = SyntaxTree.Parse(text);
            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("PLG1011", diagnostic.Code);
            Assert.Equal(new Pledge.Dsl.Text.TextSpan(text.Length, 0), diagnostic.Span);
            Assert.Equal(text, tree.Root.ToFullString());
        }
    }

    [Fact]
    public void DiagnosticsAreSortedByPosition()
    {
        var tree = ParseAssert.WithErrors("cause a \"\\q\"\nbogus\ncause b \"\\w\"\n");
        Assert.Equal(tree.Diagnostics.OrderBy(d => d.Span.Start), tree.Diagnostics);
    }
}
