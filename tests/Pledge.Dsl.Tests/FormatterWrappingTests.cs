using Xunit;
using static Pledge.Dsl.Tests.FormatterTestKit;

namespace Pledge.Dsl.Tests;

/// <summary>Bilingual texts that would make a line longer than 100 columns continue after `/`.</summary>
public class FormatterWrappingTests
{
    [Fact]
    public void ALongDefinitionStartsOnTheNextLineAndContinuesAfterTheSlash()
    {
        const string expected = """
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              define "网络联通" / "Connected" :
                "xxxx公司分配给客户的网络端口可以与骨干网相联通" /
                "the network port assigned to the customer can reach the backbone"
            }

            """;
        AssertFormats(expected, """
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              define "网络联通" / "Connected" : "xxxx公司分配给客户的网络端口可以与骨干网相联通" / "the network port assigned to the customer can reach the backbone"
            }
            """);
        AssertFormats(expected, expected);
    }

    [Fact]
    public void ATextThatFitsIsJoinedOntoOneLine()
    {
        AssertFormats("""
            clause c "C" / "C" {
              define "联通" / "Connected" : "端口可以联通" / "the port is connected"
            }

            """,
            """
            clause c "C" / "C" {
              define "联通" / "Connected" :
                "端口可以联通" /
                "the port is connected"
            }
            """);
    }

    [Fact]
    public void ALongTextItemContinuesAfterTheSlash()
    {
        AssertFormats("""
            exclusion force_majeure_clause "不可抗力" / "Force majeure" {
              text "地震、台风、洪水、战争、罢工、政府行为" /
                "earthquake, typhoon, flood, war, strike, acts of government"
            }

            """,
            """
            exclusion force_majeure_clause "不可抗力" / "Force majeure" {
              text "地震、台风、洪水、战争、罢工、政府行为" / "earthquake, typhoon, flood, war, strike, acts of government"
            }
            """);
    }

    [Fact]
    public void ALongBlockTitleContinuesAfterTheSlash_TheBraceFollowsTheLastPart()
    {
        AssertFormats("""
            clause spare "备用设备，以及在二十四小时内无法修复故障时提供的替代产品" /
              "Spare equipment, and replacement products when a fault cannot be fixed in a day" {
              restore within 24 h after reported
            }

            """,
            """
            clause spare "备用设备，以及在二十四小时内无法修复故障时提供的替代产品" / "Spare equipment, and replacement products when a fault cannot be fixed in a day" {
              restore within 24 h after reported
            }
            """);
    }

    [Fact]
    public void OnlyTheTextThatHelpsIsBroken()
    {
        // The English description alone is longer than the limit: breaking the short title would not help.
        AssertFormats("""
            severity emergency "紧急事件" / "Emergency" :
              "系统不能正常使用，波及多数用户的收发" /
              "the system cannot be used normally: most users cannot send or receive mail, and the business suffers"

            """,
            """
            severity emergency "紧急事件" / "Emergency" : "系统不能正常使用，波及多数用户的收发" / "the system cannot be used normally: most users cannot send or receive mail, and the business suffers"
            """);
    }

    [Fact]
    public void AShortLineIsNeverBroken_AndASingleStringNeverBreaks()
    {
        var longEnglish = new string('x', 120);
        AssertFormats($"clause c \"C\" / \"C\" {{\n  text \"{longEnglish}\"\n}}\n", $"clause c \"C\" / \"C\" {{ text \"{longEnglish}\" }}");
    }

    [Fact]
    public void CoversTitleBreaksWhenTheItemIsTooLong()
    {
        AssertFormats("""
            warranty paint "乳胶漆保修" / "Latex paint warranty" {
              covers third_party "第三方造成的损坏" /
                "damage caused by third parties" : repair up to 5% of contract_value
            }

            """,
            """
            warranty paint "乳胶漆保修" / "Latex paint warranty" {
              covers third_party "第三方造成的损坏" / "damage caused by third parties" : repair up to 5% of contract_value
            }
            """);
    }

    [Fact]
    public void ALongCommaListFillsItsLineAndContinuesOneLevelDeeper()
    {
        AssertFormats("""
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              exclude causes approved_maintenance, customer_equipment, customer_application,
                customer_negligence, customer_other, utility_outage
            }

            """,
            """
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
              exclude causes approved_maintenance,
                             customer_equipment, customer_application, customer_negligence, customer_other, utility_outage
            }
            """);
    }

    [Fact]
    public void ALongHolidayListNeverSplitsARange()
    {
        AssertFormats("""
            calendar office "工作时间" / "Office hours" {
              holidays 2026-01-01, 2026-02-16..2026-02-22, 2026-04-04..2026-04-06, 2026-05-01..2026-05-05,
                2026-06-19, 2026-10-01..2026-10-07
            }

            """,
            """
            calendar office "工作时间" / "Office hours" {
              holidays 2026-01-01, 2026-02-16..2026-02-22, 2026-04-04..2026-04-06, 2026-05-01..2026-05-05, 2026-06-19, 2026-10-01..2026-10-07
            }
            """);
    }
}
