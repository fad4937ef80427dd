using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests.Parsing;

public class DeclarationParsingTests
{
    [Fact]
    public void ContractHeaderAndSettings()
    {
        var tree = ParseAssert.Clean("""
            contract idc "服务品质保证书" / "Service Quality Guarantee"
            languages zh-CN, en
            provider "xxxx公司" / "xxxx Co., Ltd."
            timezone "Asia/Shanghai"
            currency CNY
            rounding half-up 0.01
            import "common.sla"
            """);
        var decls = tree.Declarations.ToList();
        var contract = Assert.IsType<ContractDeclarationSyntax>(decls[0]);
        Assert.Equal("idc", contract.Name.Text);
        Assert.Equal(new[] { "服务品质保证书", "Service Quality Guarantee" }, contract.Title.Values.ToArray());
        var languages = Assert.IsType<LanguagesDeclarationSyntax>(decls[1]);
        Assert.Equal(["zh-CN", "en"], languages.Tags.Items.Select(t => t.Text));
        Assert.Equal(TokenKind.LanguageTag, languages.Tags[0].Kind);
        Assert.Equal("Asia/Shanghai", Assert.IsType<TimezoneDeclarationSyntax>(decls[3]).Zone.Value);
        Assert.Equal("CNY", Assert.IsType<CurrencyDeclarationSyntax>(decls[4]).Code.Text);
        var rounding = Assert.IsType<RoundingDeclarationSyntax>(decls[5]);
        Assert.Equal("half-up", rounding.Mode.Text);
        Assert.Equal(0.01m, rounding.Increment!.Value);
        Assert.Equal("common.sla", Assert.IsType<ImportDeclarationSyntax>(decls[6]).Path.Value);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("money")]
    [InlineData("date")]
    [InlineData("number")]
    [InlineData("percent")]
    [InlineData("duration")]
    public void ParameterTypes(string type)
    {
        var tree = ParseAssert.Clean($"parameter p \"参数\" / \"Parameter\" : {type}\n");
        var parameter = ParseAssert.Single<ParameterDeclarationSyntax>(tree);
        Assert.Equal(type, parameter.Type.Text);
    }

    [Fact]
    public void SeverityWithAndWithoutDescription()
    {
        var tree = ParseAssert.Clean("""
            severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
            severity minor "一般故障" / "Minor"
            """);
        var severities = tree.Declarations.Cast<SeverityDeclarationSyntax>().ToList();
        Assert.NotNull(severities[0].Description);
        Assert.Null(severities[1].Description);
    }

    [Fact]
    public void CalendarWithEveryItem()
    {
        var tree = ParseAssert.Clean("""
            calendar office "工作时间" / "Office hours" {
              days Mon-Fri, Sat
              hours 09:00-12:00, 13:00-18:00
              holidays 2026-10-01..2026-10-07, 2027-01-01
              timezone "UTC-05:00"
            }
            calendar weekdays "24x5" / "24x5" {
              span Mon 09:00 - Fri 17:00
            }
            """);
        var days = ParseAssert.Single<DaysItemSyntax>(tree);
        Assert.Equal("Fri", days.Ranges[0].To!.Text);
        Assert.Null(days.Ranges[1].To);
        var hours = ParseAssert.Single<HoursItemSyntax>(tree);
        Assert.Equal(13 * 60, hours.Ranges[1].From.Value);
        var holidays = ParseAssert.Single<HolidaysItemSyntax>(tree);
        Assert.Equal(new DateOnly(2026, 10, 7), holidays.Ranges[0].To!.Value);
        var span = ParseAssert.Single<SpanItemSyntax>(tree);
        Assert.Equal(17 * 60, span.ToTime.Value);
    }

    [Fact]
    public void TimeOfDayMayBeTheEndOfTheDay()
    {
        var tree = ParseAssert.Clean("calendar c \"c\" {\n  hours 00:00-24:00\n}\n");
        Assert.Equal(1440, ParseAssert.Single<TimeRangeSyntax>(tree).To.Value);
    }

    [Fact]
    public void ExclusionBlock()
    {
        var tree = ParseAssert.Clean("""
            exclusion force_majeure_clause "不可抗力" / "Force majeure" {
              causes force_majeure, strike
              text "地震、台风" / "earthquake, typhoon"
            }
            """);
        Assert.Equal(2, ParseAssert.Single<CausesItemSyntax>(tree).Causes.Count);
        Assert.Single(tree.Root.DescendantNodes().OfType<TextItemSyntax>());
    }

    [Fact]
    public void NamesMayBeKeywords()
    {
        // Keywords are contextual: wherever a name is expected, any identifier is accepted.
        var tree = ParseAssert.Clean("""
            cause clause "a" / "a"
            clause up "b" / "b" {
              exclude causes clause
            }
            """);
        Assert.Equal("up", ParseAssert.Single<ClauseDeclarationSyntax>(tree).Name.Text);
    }

    [Fact]
    public void UnicodeIdentifiers()
    {
        var tree = ParseAssert.Clean("cause 客户设备 \"客户的设备\" / \"customer equipment\"\n");
        Assert.Equal("客户设备", ParseAssert.Single<CauseDeclarationSyntax>(tree).Name.Text);
    }

    [Fact]
    public void StringEscapesAndTripleQuotedText()
    {
        var tree = ParseAssert.Clean("cause a \"say \\\"hi\\\"\\n\\t\\\\ \\u{4E2D}\" / \"\"\"two\nlines\"\"\"\n");
        var values = ParseAssert.Single<CauseDeclarationSyntax>(tree).Title.Values;
        Assert.Equal("say \"hi\"\n\t\\ 中", values[0]);
        Assert.Equal("two\nlines", values[1]);
    }

    [Fact]
    public void BilingualTextAcceptsAnyCount()
    {
        var tree = ParseAssert.Clean("cause a \"一\" / \"one\" / \"하나\"\ncause b \"only\"\n");
        var causes = tree.Declarations.Cast<CauseDeclarationSyntax>().ToList();
        Assert.Equal(3, causes[0].Title.Values.Length);
        Assert.Single(causes[1].Title.Values);
    }

    [Fact]
    public void CommentsAreTrivia()
    {
        var text = "// leading\ncause a /* inside */ \"x\" // trailing\n/* block\n comment */\n";
        var tree = ParseAssert.Clean(text);
        var cause = ParseAssert.Single<CauseDeclarationSyntax>(tree);
        Assert.Contains(cause.Keyword.LeadingTrivia, t => t.Text == "// leading");
        Assert.Contains(cause.Name.TrailingTrivia, t => t.Text == "/* inside */");
        Assert.Contains(cause.Title.Parts[0].Token.TrailingTrivia, t => t.Text == "// trailing");
        Assert.Contains(tree.Root.EndOfFile.LeadingTrivia, t => t.Kind == TriviaKind.BlockComment);
    }

    [Fact]
    public void NewlinesAreNotSignificant()
    {
        var tree = ParseAssert.Clean("parameter\n  fee\n  \"月费\"\n  /\n  \"Fee\"\n  :\n  money cause a \"a\"");
        Assert.Equal(2, tree.Declarations.Count());
    }

    [Fact]
    public void LibraryWithoutContractHeader()
    {
        var tree = ParseAssert.Clean("languages zh-CN, en\ncause a \"甲\" / \"A\"\n");
        Assert.DoesNotContain(tree.Declarations, d => d is ContractDeclarationSyntax);
    }
}
