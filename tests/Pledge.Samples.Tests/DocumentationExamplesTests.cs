using System.Text.RegularExpressions;
using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// Every ```sla block of the README and docs/ (but diagnostics.md, whose failing examples fail on purpose
/// and which has its own test) is valid syntax: documentation that shows a construct the parser rejects
/// teaches the wrong thing. A block may be a fragment: the items of a clause, calendar, exclusion or
/// warranty, shown without their declaration; it is then read inside one.
/// </summary>
public partial class DocumentationExamplesTests
{
    public static IEnumerable<object[]> Documents() =>
        new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(SampleFolder.Root, "docs"), "*.md").Select(p => Path.GetRelativePath(SampleFolder.Root, p)))
            .Where(p => !p.EndsWith("diagnostics.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p.Replace('\\', '/') });

    [Theory]
    [MemberData(nameof(Documents))]
    public void SlaBlocksParse(string document)
    {
        var text = File.ReadAllText(Path.Combine(SampleFolder.Root, document));
        var failures = new List<string>();
        foreach (Match block in SlaBlock().Matches(text))
        {
            var line = text[..block.Index].Count(c => c == '\n') + 1;
            var code = block.Groups["code"].Value;
            var tree = SyntaxTree.Parse(code, $"{document}:{line}");
            if (!HasErrors(tree) || Wrappers.Any(w => !HasErrors(SyntaxTree.Parse($"{w} {{\n{code}\n}}\n")))) continue;
            failures.AddRange(tree.Diagnostics.Where(d => d.IsError)
                .Select(d => $"{document} block at line {line}, its line {tree.Source.Lines.GetPosition(d.Span.Start)}: {d.Code} {d.Message}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static readonly string[] Wrappers = ["clause x \"x\"", "calendar x \"x\"", "exclusion x \"x\"", "warranty x \"x\""];

    private static bool HasErrors(SyntaxTree tree) => tree.Diagnostics.Any(d => d.IsError);

    [GeneratedRegex(@"^[ \t]*```sla[ \t]*\n(?<code>.*?)^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SlaBlock();
}
