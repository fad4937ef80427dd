using Pledge.Dsl.Printing;
using Xunit;
using static Pledge.Dsl.Tests.FormatterTestKit;

namespace Pledge.Dsl.Tests;

/// <summary>Declarations, blocks, blank lines and the spaces between tokens.</summary>
public class FormatterLayoutTests
{
    [Fact]
    public void OneDeclarationPerLine_SettingsStayTogether_BlankLineBetweenKinds()
    {
        AssertFormats("""
            contract idc "服务品质保证书" / "Service Quality Guarantee"

            languages zh-CN, en
            provider "xxxx公司" / "xxxx Co., Ltd."
            timezone "Asia/Shanghai"
            currency CNY
            rounding half-up 0.01

            import "common.sla"

            parameter customer "客户" / "Customer" : text

            """,
            """contract idc "服务品质保证书" / "Service Quality Guarantee" languages zh-CN, en provider "xxxx公司" / "xxxx Co., Ltd." timezone "Asia/Shanghai" currency CNY rounding half-up 0.01 import "common.sla" parameter customer "客户" / "Customer" : text""");
    }

    [Fact]
    public void UserBlankLinesAreKeptButCollapsedToOne()
    {
        AssertFormats("""
            cause a "A" / "A"

            cause b "B" / "B"
            cause c "C" / "C"

            """,
            "\n\n\ncause a \"A\" / \"A\"\n\n\n\n\ncause b \"B\" / \"B\"\ncause c \"C\" / \"C\"\n\n\n\n");
    }

    [Fact]
    public void BlockDeclarationsAreSetApartByBlankLines()
    {
        AssertFormats("""
            cause a "A" / "A"

            calendar office "办公" / "Office" {
              days Mon-Fri
            }

            calendar night "夜间" / "Night" {
              hours 18:00-24:00
            }

            cause b "B" / "B"

            """,
            """
            cause a "A" / "A"
            calendar office "办公" / "Office" { days Mon-Fri }
            calendar night "夜间" / "Night" { hours 18:00-24:00 }
            cause b "B" / "B"
            """);
    }

    [Fact]
    public void BlockItemsOnTheirOwnLines_IndentedOneLevel_BraceAlone()
    {
        AssertFormats("""
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              availability 99.9% per month
              max downtime 44 min per month
              remedy waive monthly_fee when breached
            }

            """,
            """
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" { availability 99.9% per month max downtime 44 min
                per month remedy waive monthly_fee when breached }
            """);
    }

    [Fact]
    public void BlankLinesInsideBlocks_KeptBetweenItems_DroppedAtTheEdges()
    {
        AssertFormats("""
            clause c "C" / "C" {
              availability 99.9% per month

              remedy waive monthly_fee when breached
            }

            """,
            "clause c \"C\" / \"C\" {\n\n\n  availability 99.9% per month\n\n\n\n  remedy waive monthly_fee when breached\n\n\n}\n");
    }

    [Fact]
    public void NestedBlocksAreIndentedOneMoreLevel()
    {
        AssertFormats("""
            clause fault_response "故障响应" / "Fault response" {
              clock 24x7
              matrix {
                severity | respond
                critical | 15 min
              }
              arrive by distance {
                up to 50 km : 2 h
                beyond      : 24 h
              }
              remedy credit monthly_fee by availability {
                below 99.95% : 10%
              }, cap 50% of monthly_fee per period
            }

            """,
            """
            clause fault_response "故障响应" / "Fault response" {
            clock 24x7 matrix { severity | respond critical | 15 min }
            arrive by distance { up to 50 km : 2 h beyond : 24 h }
            remedy credit monthly_fee by availability { below 99.95% : 10% } , cap 50% of monthly_fee per period }
            """);
    }

    [Fact]
    public void IndentSizeIsAnOption()
    {
        var formatted = FormatValid("clause c \"C\" / \"C\" { matrix { severity | respond critical | 1 h } }", new FormatOptions(IndentSize: 4));
        Assert.Equal("""
            clause c "C" / "C" {
                matrix {
                    severity | respond
                    critical | 1 h
                }
            }

            """, formatted);
    }

    [Fact]
    public void CommasHaveNoSpaceBefore_RangesAreOneWord_SpanKeepsItsSpacedDash()
    {
        AssertFormats("""
            calendar office "工作时间" / "Office hours" {
              days Mon-Fri, Sat
              hours 09:00-12:00, 13:00-18:00
              holidays 2026-10-01..2026-10-07, 2027-01-01
            }

            calendar week "周" / "Week" {
              span Mon 09:00 - Fri 17:00
            }

            """,
            """
            calendar office "工作时间"/"Office hours" {
              days Mon - Fri ,Sat
              hours 09:00 -12:00 ,13:00- 18:00
              holidays 2026-10-01 .. 2026-10-07 ,  2027-01-01
            }
            calendar week "周" / "Week" { span Mon 09:00-Fri 17:00 }
            """);
    }

    [Fact]
    public void ColonsSlashesAndPipesHaveSpacesAround()
    {
        AssertFormats("""
            parameter fee "月费" / "Fee" : money

            clause c "C" / "C" {
              define "甲" / "A" : "乙" / "B"
              matrix {
                severity | respond
                critical | 1 h
              }
            }

            """,
            """
            parameter fee "月费"/"Fee":money
            clause c "C"/"C" {
              define "甲"/"A":"乙"/"B"
              matrix { severity|respond
              critical|1 h }
            }
            """);
    }

    [Fact]
    public void WarrantyItems()
    {
        AssertFormats("""
            warranty paint "乳胶漆保修" / "Latex paint warranty" {
              duration 1 year from completion
              covers peeling "起皮" / "peeling" : free repair
              covers parts "零件" / "parts" : repair or replace or refund at provider's option
              excludes causes force_majeure, misuse
              replacement covered for the remainder or 6 months, whichever is longer
              outside scope : paid repair "按公布的收费标准" / "at the published rates"
            }

            """,
            """
            warranty paint "乳胶漆保修" / "Latex paint warranty" { duration 1 year from completion covers peeling "起皮" / "peeling" : free repair
            covers parts "零件" / "parts" : repair or replace or refund at provider's option excludes causes force_majeure , misuse
            replacement covered for the remainder or 6 months , whichever is longer outside scope : paid repair "按公布的收费标准" / "at the published rates" }
            """);
    }

    [Fact]
    public void OutputEndsWithOneNewline_NoTrailingWhitespace()
    {
        var formatted = FormatValid("currency CNY   \t\n\n\n\n");
        Assert.Equal("currency CNY\n", formatted);
        foreach (var sample in FormatterSamples.All)
        {
            var output = Format(sample);
            Assert.EndsWith("\n", output);
            Assert.False(output.EndsWith("\n\n", StringComparison.Ordinal));
            Assert.DoesNotContain(output.Split('\n'), line => line.EndsWith(' ') || line.EndsWith('\t'));
        }
    }

    [Fact]
    public void EmptyFileStaysEmpty()
    {
        Assert.Equal("", Format(""));
        Assert.Equal("", Format("  \n\n \r\n"));
    }

    [Fact]
    public void CrLfInputIsNormalised_AndNewLineIsAnOption()
    {
        const string source = "contract c \"C\" / \"C\"\r\n\r\n\r\ncurrency CNY // fee currency\r\n";
        Assert.Equal("contract c \"C\" / \"C\"\n\ncurrency CNY  // fee currency\n", FormatValid(source));
        Assert.Equal("contract c \"C\" / \"C\"\r\n\r\ncurrency CNY  // fee currency\r\n",
            FormatValid(source, new FormatOptions(NewLine: "\r\n")));
    }

    [Fact]
    public void DefaultOptions()
    {
        Assert.Equal(2, new FormatOptions().IndentSize);
        Assert.Equal("\n", new FormatOptions().NewLine);
        Assert.Equal(FormatValid("clause c \"C\" / \"C\" { clock 24x7 }"), SlaFormatter.Format(Pledge.Dsl.Syntax.SyntaxTree.Parse("clause c \"C\" / \"C\" { clock 24x7 }", "t")));
    }

    [Fact]
    public void PrinterGivesTheSourceBack()
    {
        foreach (var sample in FormatterSamples.All.Append("// c\r\ncontract  c \"C\"/\"C\" /* x */\r\n\tcurrency CNY"))
        {
            var tree = Pledge.Dsl.Syntax.SyntaxTree.Parse(sample, "test.sla");
            Assert.Equal(sample, SyntaxPrinter.Print(tree.Root));
        }
    }
}
