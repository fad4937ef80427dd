using Pledge.Dsl.Printing;
using Xunit;
using static Pledge.Dsl.Tests.FormatterTestKit;

namespace Pledge.Dsl.Tests;

/// <summary>Tables: parameter, cause and severity runs; the response matrix; distance and credit tiers.</summary>
public class FormatterAlignmentTests
{
    [Fact]
    public void ParametersFormATable_TitlesAndColonsLineUp_CjkCountsTwoColumns()
    {
        AssertFormats("""
            parameter customer       "客户" / "Customer"            : text
            parameter monthly_fee    "月费" / "Monthly fee"         : money
            parameter contract_value "合同总价" / "Contract value"  : money
            parameter completion     "竣工日期" / "Completion date" : date

            """,
            """
            parameter customer "客户" / "Customer" : text
            parameter monthly_fee "月费" / "Monthly fee" : money
            parameter contract_value "合同总价" / "Contract value" : money
            parameter completion "竣工日期" / "Completion date" : date
            """);
    }

    [Fact]
    public void CausesFormATable()
    {
        AssertFormats("""
            cause customer_equipment   "客户的电路或设备" / "the customer's circuits or equipment"
            cause approved_maintenance "经客户同意的系统维护" / "maintenance the customer approved"
            cause force_majeure        "不可抗力" / "force majeure"

            """,
            """
            cause customer_equipment  "客户的电路或设备" / "the customer's circuits or equipment"
            cause approved_maintenance "经客户同意的系统维护" / "maintenance the customer approved"
            cause force_majeure       "不可抗力" / "force majeure"
            """);
    }

    [Fact]
    public void SeveritiesFormATable_WithAndWithoutDescription()
    {
        AssertFormats("""
            severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
            severity major    "严重故障" / "Major"    : "影响多数用户使用" / "most users are affected"
            severity minor    "一般故障" / "Minor"

            """,
            """
            severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
            severity major "严重故障" / "Major" : "影响多数用户使用" / "most users are affected"
            severity minor "一般故障" / "Minor"
            """);
    }

    [Fact]
    public void ABlankLineOrAnotherKindStartsANewTable()
    {
        AssertFormats("""
            parameter a        "甲" / "A" : text
            parameter long_one "乙" / "B" : text

            parameter c "丙" / "C" : text

            cause d "丁" / "D"

            parameter e "戊" / "E" : money

            """,
            """
            parameter a "甲" / "A" : text
            parameter long_one "乙" / "B" : text

            parameter c "丙" / "C" : text
            cause d "丁" / "D"
            parameter e "戊" / "E" : money
            """);
    }

    [Fact]
    public void ACommentLineInsideARunKeepsTheTable()
    {
        AssertFormats("""
            parameter a        "甲" / "A" : text
            // the fee
            parameter long_one "乙" / "B" : money

            """,
            """
            parameter a "甲" / "A" : text
              // the fee
            parameter long_one "乙" / "B" : money
            """);
    }

    [Fact]
    public void MatrixColumnsLineUp()
    {
        AssertFormats("""
            clause fault_response "故障响应" / "Fault response" {
              matrix {
                severity | respond | arrive | resolve
                critical | 15 min  | 30 min | 12 h
                major    | 30 min  | 1 h    | 6 h
                minor    | 1 h     | -      | 1 business day on office
              }
            }

            """,
            """
            clause fault_response "故障响应" / "Fault response" {
              matrix {
                severity | respond | arrive | resolve
                critical | 15 min | 30 min | 12 h
                major | 30 min | 1 h | 6 h
                minor | 1 h | - | 1 business day on office
              }
            }
            """);
    }

    [Fact]
    public void MatrixCellsWiderThanTheHeaderWidenTheColumn()
    {
        AssertFormats("""
            clause c "C" / "C" {
              matrix {
                severity | respond               | resolve
                critical | next business day     | 1 h
                minor    | end of business day 2 | 2 business days on office
              }
            }

            """,
            """
            clause c "C" / "C" {
              matrix {
                severity | respond | resolve
                critical | next business day | 1 h
                minor | end of business day 2 | 2 business days on office
              }
            }
            """);
    }

    [Fact]
    public void DistanceTiersAlignTheirColons()
    {
        AssertFormats("""
            clause onsite "现场技术支持" / "On-site support" {
              arrive by distance {
                up to 50 km  : 2 h
                up to 100 mi : 4 h
                up to 800 km : 12 h
                beyond       : -
              }
            }

            """,
            """
            clause onsite "现场技术支持" / "On-site support" {
              arrive by distance { up to 50 km: 2 h up to 100 mi :4 h
                      up to 800 km : 12 h
              beyond:- }
            }
            """);
    }

    [Fact]
    public void CreditTiersAlignTheirColons()
    {
        AssertFormats("""
            clause uptime_credits "服务抵扣" / "Service credits" {
              remedy credit monthly_fee by availability {
                below 99.95%      : 10%
                at or below 99.0% : 25%
                below 95.0%       : 100%
              }, cap 50% of monthly_fee per period
            }

            """,
            """
            clause uptime_credits "服务抵扣" / "Service credits" {
              remedy credit monthly_fee by availability { below 99.95% : 10%
              at or below 99.0% : 25% below 95.0% : 100% }, cap 50% of monthly_fee per period
            }
            """);
    }

    [Theory]
    [InlineData("Customer", 8)]
    [InlineData("客户", 4)]
    [InlineData("고객", 4)]
    [InlineData("（全角）", 8)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("“quoted”", 8)]
    [InlineData("𠀀", 2)]
    public void DisplayWidthCountsColumns(string text, int width) => Assert.Equal(width, DisplayWidth.Of(text));
}
