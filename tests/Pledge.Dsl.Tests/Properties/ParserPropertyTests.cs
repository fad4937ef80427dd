using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests.Properties;

/// <summary>
/// The parser never throws, always terminates, keeps every character (print ∘ parse = id) and
/// reports diagnostics inside the text, whatever it is given.
/// </summary>
public class ParserPropertyTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(10_000);

    private static bool ParsesSafely(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(text, "random.sla");
        if (stopwatch.Elapsed > TimeSpan.FromSeconds(5))
            throw new InvalidOperationException($"parsing {text.Length} characters took {stopwatch.Elapsed}");
        if (tree.Root.ToFullString() != text) return false;
        return tree.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= text.Length && d.Message.Length > 0);
    }

    [Fact]
    public void RandomText() =>
        Check.One(Cases, Prop.ForAll(Arb.From(SlaGenerators.RandomText), ParsesSafely));

    [Fact]
    public void TokenSoup() =>
        Check.One(Cases, Prop.ForAll(Arb.From(SlaGenerators.TokenSoup), ParsesSafely));

    [Fact]
    public void MutatedContracts()
    {
        var corpus = RepositoryFiles.SlaFiles().Select(File.ReadAllText).ToList();
        Assert.NotEmpty(corpus);
        Check.One(Cases, Prop.ForAll(Arb.From(SlaGenerators.Mutated(corpus)), ParsesSafely));
    }

    [Fact]
    public void EveryRepositoryFilePrintsBackExactly()
    {
        foreach (var path in RepositoryFiles.SlaFiles())
        {
            var text = File.ReadAllText(path);
            Assert.Equal(text, SyntaxTree.Parse(text, path).Root.ToFullString());
        }
    }

    [Fact]
    public void DeepNestingAndHugeInputs()
    {
        Assert.True(ParsesSafely(new string('{', 1_000_000)));
        Assert.True(ParsesSafely(string.Concat(Enumerable.Repeat("clause c \"c\" { matrix { ", 20_000))));
        Assert.True(ParsesSafely(new string('"', 100_001)));
        Assert.True(ParsesSafely(string.Concat(Enumerable.Repeat("/*", 50_000))));
    }
}
