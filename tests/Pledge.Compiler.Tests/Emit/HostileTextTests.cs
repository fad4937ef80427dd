using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pledge.Compiler.Emit;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>Text from contracts and logs stays data: one escaped literal per string, generated identifiers, same report.</summary>
public class HostileTextTests
{
    public static TheoryData<string> Hostile() =>
    [
        "\"", "\\", "*/", "/*", "{", "}", "{0}", "\n", "\r\n", "\t", "\u2028", "\0", "\uD800", "\"); System.IO.File.Delete(\"x\"); //",
        "#if DEBUG", "\"\"\"", "@\"", "$\"{x}\"", "class", "namespace", "\u200F", "名\"字",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_string_becomes_a_literal_with_the_same_value(string text)
    {
        var literal = CSharpText.String(text);
        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(text, parsed.Token.ValueText);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("名字")]
    [InlineData("1st")]
    [InlineData("a\"b\\c*/d{e}\nf")]
    [InlineData("")]
    public void Generated_identifiers_are_valid_and_never_keywords(string name)
    {
        foreach (var identifier in new[] { GeneratedNames.EvaluatorClass(name), GeneratedNames.ClauseMethod(0, name), GeneratedNames.CalendarField(2, name) })
        {
            Assert.True(SyntaxFacts.IsValidIdentifier(identifier), identifier);
            Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(identifier));
            Assert.Equal(SyntaxKind.None, SyntaxFacts.GetContextualKeywordKind(identifier));
            Assert.All(identifier, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        }
    }

    [Fact]
    public void A_contract_full_of_hostile_texts_compiles_and_reports_them_verbatim()
    {
        const string title = "he said \\\"hi\\\" \\\\ */ /* { } {0} \\n next line \\u{1F600}";
        var model = EngineKit.Model($$"""
            contract class "{{title}}" / "{{title}}"
            languages zh-CN, en
            timezone "UTC-05:00"
            currency CNY
            parameter namespace "费\"" / "Fee */" : money
            cause return "原因 \\" / "cause {"
            exclusion static "排除 */" / "excluded \"really\"" {
              causes return
            }
            clause void "条款 \" */ {" / "Clause \\n" {
              availability 99.9% per month
              remedy waive namespace when breached
            }
            """);
        var emitted = EvaluatorEmitter.Emit(model);
        Assert.Equal("ClassEvaluator", emitted.ClassName);
        var tree = CSharpSyntaxTree.ParseText(emitted.Source);
        Assert.Empty(tree.GetDiagnostics());
        // The only identifiers are generated ones and the runtime's: no contract name is ever code.
        var identifiers = tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet();
        Assert.DoesNotContain("namespace", identifiers);
        Assert.DoesNotContain("void", identifiers);

        var (interpreted, compiled) = EngineKit.Engines(model);
        var log = CsvIncidentReader.Read("id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km\n" +
                                         "\"a\"\"b */ {\",,,return,2026-10-02T00:00Z,,,,,2026-10-02T05:00Z,,\n" +
                                         "\"x\ny\",void,,,2026-10-03T00:00Z,,,,,2026-10-03T05:00Z,,\n", "hostile.csv", interpreted.Vocabulary);
        var input = new EvaluationInput(ReportingPeriod.Parse("2026-10"), log).WithParameter("namespace", new MoneyParameter(new Money(100m, "CNY")));
        var report = EngineKit.Run(compiled, input);
        Assert.Equal(EngineKit.Run(interpreted, input), report);
        Assert.Equal("he said \"hi\" \\ */ /* { } {0} \n next line \U0001F600", compiled.Evaluate(input).Title);
    }
}
