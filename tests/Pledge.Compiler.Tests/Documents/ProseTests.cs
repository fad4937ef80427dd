using Xunit;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Prose;
using Pledge.Compiler.Documents.Templating;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Tests.Documents;

/// <summary>The prose of each item kind in each locale, and the locales' formatting of values.</summary>
public sealed class ProseTests
{
    private const char Nbsp = '\u00a0';
    private static readonly ContractDocument Full = DocumentSamples.Build(DocumentSamples.Full);

    private static Dictionary<string, LocalizedBlock> Blocks(string lang)
    {
        var writer = new ProseWriter(TemplateSet.GetLocale(lang), Full);
        var result = new Dictionary<string, LocalizedBlock>();
        foreach (var item in Full.Articles.SelectMany(a => a.Items))
        {
            var block = writer.Write(item);
            result.TryAdd(item.Kind, block);
        }
        return result;
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    [InlineData("ko")]
    public void Every_item_kind_has_prose_in_every_locale_with_no_placeholder_left(string lang)
    {
        var blocks = Blocks(lang);
        Assert.Equal(23, blocks.Count);
        foreach (var (kind, block) in blocks)
        {
            Assert.False(string.IsNullOrWhiteSpace(block.Text), kind);
            Assert.DoesNotContain("{", block.Text);
            Assert.DoesNotContain("}", block.Text);
        }
    }

    [Fact]
    public void Chinese_prose_states_the_values()
    {
        var zh = Blocks("zh-CN");
        Assert.Equal($"样本公司保证每月的可用性达到99.9%，即28{Nbsp}天的月份内不可用时间少于40.3{Nbsp}分钟，31{Nbsp}天的月份内少于44.6{Nbsp}分钟。", zh["availability"].Text);
        Assert.Equal($"每月不可用时间累计不超过40{Nbsp}分钟。", zh["max-downtime"].Text);
        Assert.Equal("不可用时间自收到客户申告时起计算，至服务恢复时止。", zh["downtime"].Text);
        Assert.Equal("由客户的设备引起的不可用不计入。", zh["exclude-causes"].Text);
        Assert.Contains($"5{Nbsp}天", zh["exclude-unreported"].Text);
        Assert.Equal($"持续时间短于5{Nbsp}分钟的不可用不计入。", zh["ignore"].Text);
        Assert.Equal("样本公司如果在任何一个月中未能达到本条的服务标准，将免收客户当月的月费。", zh["remedy-waive"].Text);
        Assert.Contains("每逾期一天（不足一天按一天计）", zh["remedy-penalty"].Text);
        Assert.Contains("违约金累计不超过合同总价的5%", zh["remedy-penalty"].Text);
        Assert.Equal($"每违反本条一次，样本公司支付1,000.00{Nbsp}元。", zh["remedy-pay"].Text);
        Assert.Equal("“网络联通”是指端口可以与骨干网联通。", zh["definition"].Text);
        Assert.Equal($"样本公司在收到客户申告后2{Nbsp}小时内作出响应。", zh["commitment"].Text);
        Assert.Equal(["故障级别", "响应", "解决"], zh["matrix"].Table!.Head.ToArray());
        Assert.Equal(["重大故障", $"15{Nbsp}分钟", $"4{Nbsp}小时"], zh["matrix"].Table!.Rows[0].ToArray());
        Assert.Equal("次一工作日结束前", zh["matrix"].Table!.Rows[1][2]);
        Assert.Equal(["100{Nbsp}公里以外".Replace("{Nbsp}", Nbsp.ToString()), "不作承诺"], zh["distance"].Table!.Rows[2].ToArray());
        Assert.Contains("周一至周五", zh["clock"].Text);
        Assert.Contains("2026年10月1日至2026年10月7日除外", zh["clock"].Text);
        Assert.Contains("维修，费用以合同总价的5%为限", zh["warranty-covers"].Table!.Rows[1][1]);
        Assert.Contains($"6{Nbsp}个月", zh["warranty-replacement"].Text);
    }

    [Fact]
    public void English_prose_states_the_values()
    {
        var en = Blocks("en");
        Assert.Equal($"Sample Co. guarantees an availability of 99.9% a month, i.e. less than 40.3{Nbsp}minutes of outage in a month of 28{Nbsp}days, and less than 44.6{Nbsp}minutes in a month of 31{Nbsp}days.", en["availability"].Text);
        Assert.Equal("If Sample Co. fails to meet this article in any month, it waives the customer's monthly fee for that month.", en["remedy-waive"].Text);
        Assert.Equal($"Sample Co. will respond within 2{Nbsp}hours after the customer reports the fault.", en["commitment"].Text);
        Assert.Contains("each day or part of a day", en["remedy-penalty"].Text);
        Assert.Contains(", up to 5% of the contract value in total.", en["remedy-penalty"].Text);
        Assert.Equal($"Sample Co. pays CNY{Nbsp}1,000.00 for each breach of this article.", en["remedy-pay"].Text);
        Assert.Equal($"The customer makes any claim within 30{Nbsp}days after the end of the month concerned.", en["claim"].Text);
        Assert.Equal(["below 99.95%", "10%"], en["remedy-credit"].Table!.Rows[0].ToArray());
        Assert.Contains("up to 50% of the monthly fee per period", en["remedy-credit"].Text);
        Assert.Equal("“Connected” means the port can reach the backbone.", en["definition"].Text);
        Assert.Contains("completion date", en["warranty-duration"].Text);
        Assert.Equal(["materials the customer supplied", "force majeure"], en["warranty-excludes"].List.ToArray());
    }

    [Fact]
    public void Korean_prose_picks_particles_by_the_last_syllable()
    {
        var ko = Blocks("ko");
        Assert.Equal("“연결성”이란 상태를 말합니다.", TemplateSet.GetLocale("ko").Phrase("definition", ("term", "연결성"), ("meaning", "상태")));
        Assert.Equal("“연결”이란 여부를 말합니다.", TemplateSet.GetLocale("ko").Phrase("definition", ("term", "연결"), ("meaning", "여부")));
        Assert.Equal("“포트”란 여부를 말합니다.", TemplateSet.GetLocale("ko").Phrase("definition", ("term", "포트"), ("meaning", "여부")));
        Assert.Contains("은(는)", ko["availability"].Text); // "Sample Co." is not Hangul: both forms
        Assert.Contains("2시간 이내에 응답합니다", ko["commitment"].Text);
    }

    [Fact]
    public void Locales_format_durations_money_dates_and_numbers()
    {
        var zh = TemplateSet.GetLocale("zh-CN").Format;
        var en = TemplateSet.GetLocale("en").Format;
        var ko = TemplateSet.GetLocale("ko").Format;
        var allowance = DurationValue.Minutes(43.2m);
        Assert.Equal($"43.2{Nbsp}分钟", zh.Allowance(allowance));
        Assert.Equal($"43.2{Nbsp}minutes", en.Allowance(allowance));
        Assert.Equal("43.2분", ko.Allowance(allowance));
        Assert.Equal($"1{Nbsp}business day", en.Duration(new DurationValue(1, DurationUnit.BusinessDay)));
        Assert.Equal($"20,000.00{Nbsp}元", zh.Money(new MoneyValue(20000m, "CNY", 2)));
        Assert.Equal($"CNY{Nbsp}20,000.00", en.Money(new MoneyValue(20000m, "CNY", 2)));
        Assert.Equal("20,000원", ko.Money(new MoneyValue(20000m, "KRW", 0)));
        Assert.Equal("1,234,567.5", en.Number(1234567.5m));
        var date = new DateOnly(2026, 10, 1);
        Assert.Equal("2026年10月1日", zh.Date(date));
        Assert.Equal("1 October 2026", en.Date(date));
        Assert.Equal("2026년 10월 1일", ko.Date(date));
    }
}
