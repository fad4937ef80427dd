using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleRunner;

namespace Pledge.Compiler.Tests.Checks;

public class TextNumbersDisagreeRuleTests
{
    private static List<Pledge.Dsl.Diagnostics.Diagnostic> Text(string zh, string en) =>
        Run(new TextNumbersDisagreeRule(), Header + $$"""
            clause c "说明" / "Notes" {
              text "{{zh}}" / "{{en}}"
            }
            """);

    [Fact]
    public void Different_numbers_are_reported_with_both_sides()
    {
        var d = Single(Text("即每月不联通时间少于44分钟", "i.e. less than 43 minutes of outage a month"));
        Assert.Equal("PLG5003", d.Code);
        Assert.Contains("the `zh-CN` string says `44` where the `en` string says `43`", d.Message);
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("2小时内响应", "respond within 4 hours", "`2`")]
    [InlineData("二十四小时", "12 hours", "`24`")]
    [InlineData("百分之五的月费", "10% of the monthly fee", "`5`")]
    [InlineData("在15天内解决", "resolved within the month", "`15`")]
    [InlineData("赔偿10,000元", "compensation of CNY 1,000", "`10000`")]
    public void A_number_changed_or_dropped_in_translation_is_reported(string zh, string en, string quoted)
    {
        var d = Single(Text(zh, en));
        Assert.Contains(quoted, d.Message);
    }

    [Fact]
    public void A_number_only_in_the_second_language_is_reported()
    {
        var d = Single(Text("尽快恢复", "restored within 4 hours"));
        Assert.Contains("the `en` string says `4`, which the `zh-CN` string does not", d.Message);
    }

    [Theory]
    [InlineData("99.9%的联通性，即每月不联通时间少于43.2分钟", "99.9% connectivity, i.e. less than 43.2 minutes of outage a month")]
    [InlineData("全天24小时开放", "open 24 hours a day")]
    [InlineData("两小时内响应", "respond within two hours")]
    [InlineData("两小时内响应", "respond within 2 hours")]
    [InlineData("一小时内响应", "respond within an hour")]
    [InlineData("1小时内响应", "respond within one hour")]
    [InlineData("百分之五", "5%")]
    [InlineData("二十四小时", "twenty-four hours")]
    [InlineData("二十四小时", "24 hours")]
    [InlineData("十五天", "15 days")]
    [InlineData("第三方造成的损坏", "damage caused by third parties")]
    [InlineData("第一条 总则", "Article 1 General")]
    [InlineData("周一至周五9:00至18:00", "Monday to Friday, 9 a.m. to 6 p.m.")]
    [InlineData("2026年10月1日起生效", "effective from 1 October 2026")]
    [InlineData("金额按四舍五入计算", "amounts are rounded half up")]
    [InlineData("十分重要", "very important")]
    [InlineData("在一定责任范围内", "within its scope of responsibility")]
    [InlineData("1.5万元", "CNY 15,000")]
    [InlineData("７×２４小时服务", "24x7 service")]
    [InlineData("每3个月一次", "once every 3 months")]
    [InlineData("24小时，24小时", "24 hours")]
    [InlineData("三四天内", "within three days")]
    public void Translations_that_agree_are_not_reported(string zh, string en) =>
        Assert.Empty(Text(zh, en));

    [Fact]
    public void Every_language_is_compared_with_the_first()
    {
        var found = Run(new TextNumbersDisagreeRule(), """
            contract t "测试" / "Test" / "시험"
            languages zh-CN, en, ko
            clause c "说明" / "Notes" / "메모" {
              text "8小时内" / "within 8 hours" / "9시간 이내"
            }
            """);
        var d = Single(found);
        Assert.Contains("`zh-CN` string says `8` where the `ko` string says `9`", d.Message);
    }

    [Fact]
    public void Defines_and_titles_are_compared_too()
    {
        var found = Run(new TextNumbersDisagreeRule(), Header + """
            clause c "7x24支持" / "24x5 support" {
              define "重大故障" / "Critical" : "超过5个用户" / "more than 50 users"
            }
            """);
        Assert.Equal(2, found.Count);
    }
}
