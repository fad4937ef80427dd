using Pledge.Compiler.Checks.Rules;
using Xunit;

namespace Pledge.Compiler.Tests.Checks;

/// <summary>
/// The numbers <see cref="TextNumbers"/> reads from contract strings. Expected values are written
/// `24` for a number the string states for certain and `24?` for a weak one (an ordinal, a weekday, a
/// time of day, a month name, a number word), which may match but is never required.
/// </summary>
public class TextNumbersTests
{
    [Theory]
    // ASCII digits, decimals, percentages, thousands separators
    [InlineData("less than 43 minutes", "43")]
    [InlineData("少于44分钟", "44")]
    [InlineData("99.9% connectivity", "99.9")]
    [InlineData("availability of 99.95 percent", "99.95")]
    [InlineData("10,000 CNY", "10000")]
    [InlineData("1,250.50 USD", "1250.5")]
    [InlineData("items 1,2 and 3", "1 2 3")]
    [InlineData("0.25% of the contract value", "0.25")]
    [InlineData("2026-10-01", "2026 10 1")]
    // full-width digits, point and percent
    [InlineData("５０％", "50")]
    [InlineData("１２．５小时", "12.5")]
    [InlineData("不超过２４小时", "24")]
    // Chinese numerals
    [InlineData("二十四小时", "24")]
    [InlineData("十五天", "15")]
    [InlineData("十天", "10")]
    [InlineData("一百零五", "105")]
    [InlineData("两千元", "2000")]
    [InlineData("三万五千", "35000")]
    [InlineData("一千万", "10000000")]
    [InlineData("十万一千", "101000")]
    [InlineData("百分之五", "5")]
    [InlineData("百分之九十九点九", "99.9")]
    [InlineData("九十九点九", "99.9")]
    [InlineData("一点五小时", "1.5")]
    [InlineData("二〇二六年", "2026")]
    [InlineData("三十分钟", "30")]
    [InlineData("十分钟", "10")]
    [InlineData("五千米", "5")]
    // digits with a Chinese multiplier, English scales
    [InlineData("1.5万元", "15000")]
    [InlineData("3千元", "3000")]
    [InlineData("5千米", "5")]
    [InlineData("10 thousand yuan", "10000")]
    // dates in both languages
    [InlineData("2026年10月1日", "2026 10 1")]
    [InlineData("1 October 2026", "1 10? 2026")]
    [InlineData("Oct 1, 2026", "10? 1 2026")]
    [InlineData("in May 2027", "5? 2027")]
    [InlineData("you may ask", "")]
    // weak: one, two, both and the like
    [InlineData("一小时", "1?")]
    [InlineData("两小时", "2?")]
    [InlineData("two hours", "2?")]
    [InlineData("twenty-four hours", "24?")]
    [InlineData("two hundred and fifty", "250?")]
    [InlineData("two and three", "2? 3?")]
    [InlineData("within an hour", "1?")]
    [InlineData("a day", "1?")]
    [InlineData("a customer", "")]
    [InlineData("one of the parties", "1?")]
    [InlineData("三四天", "3? 4?")]
    // ordinals and weekdays
    [InlineData("第一条", "1?")]
    [InlineData("第三方", "3?")]
    [InlineData("第3条", "3?")]
    [InlineData("third parties", "3?")]
    [InlineData("the 3rd day", "3?")]
    [InlineData("제1조", "1?")]
    [InlineData("周一至周五", "1? 5?")]
    [InlineData("星期三", "3?")]
    [InlineData("每周7天", "7")]
    [InlineData("Monday to Friday", "")]
    // times of day
    [InlineData("09:00至18:00", "9? 18?")]
    [InlineData("17:30", "17? 30?")]
    [InlineData("9 a.m. to 6 p.m.", "9? 18?")]
    [InlineData("from 9am to 12 pm", "9? 12?")]
    [InlineData("下午6点", "18?")]
    [InlineData("9点至18点", "9? 18?")]
    [InlineData("上午九点", "9?")]
    [InlineData("下午三点半", "15?")]
    [InlineData("三点五十分", "3? 50")]
    [InlineData("18时", "18?")]
    [InlineData("2小时", "2")]
    [InlineData("8时间", "8")]
    // words whose numerals are not numbers
    [InlineData("四舍五入", "")]
    [InlineData("十分重要", "")]
    [InlineData("二手设备", "")]
    [InlineData("万一发生故障", "")]
    [InlineData("千万不要", "")]
    [InlineData("一般故障", "1?")]
    [InlineData("百万", "1000000?")]
    // Korean: digits are read, Hangul words are not numbers
    [InlineData("하루 24시간", "24")]
    [InlineData("99.9% 이상", "99.9")]
    [InlineData("이일 삼사", "")]
    // mixed
    [InlineData("7×24小时", "7 24")]
    [InlineData("24x7", "24 7")]
    [InlineData("no numbers at all", "")]
    public void Reads_the_numbers_of_a_string(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", TextNumbers.Extract(text)));

    [Fact]
    public void Numbers_carry_their_place_in_the_string()
    {
        var number = Assert.Single(TextNumbers.Extract("少于44分钟"));
        Assert.Equal(2, number.Start);
        Assert.Equal(2, number.Length);
    }

    [Theory]
    [InlineData("99.90", "99.9")]
    [InlineData("10000", "10000")]
    [InlineData("0.50", "0.5")]
    public void Format_drops_trailing_zeros(string value, string expected) =>
        Assert.Equal(expected, TextNumbers.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
