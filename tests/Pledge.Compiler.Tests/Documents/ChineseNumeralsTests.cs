using Xunit;
using Pledge.Compiler.Documents.Locales;

namespace Pledge.Compiler.Tests.Documents;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(111, "一百一十一")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(10000, "一万")]
    [InlineData(10500, "一万零五百")]
    [InlineData(12000, "一万二千")]
    [InlineData(100000, "十万")]
    [InlineData(100001, "十万零一")]
    [InlineData(0, "零")]
    public void Formats_numbers_as_contracts_write_them(long value, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Format(value));

    [Fact]
    public void Articles_one_to_twenty_one_are_numbered_in_chinese_english_and_korean()
    {
        var expected = new[]
        {
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一",
        };
        var document = DocumentSamples.Build(DocumentSamples.ManyClauses(21));
        var zh = Pledge.Compiler.Documents.Templating.TemplateSet.GetLocale("zh-CN").Format;
        var en = Pledge.Compiler.Documents.Templating.TemplateSet.GetLocale("en").Format;
        var ko = Pledge.Compiler.Documents.Templating.TemplateSet.GetLocale("ko").Format;
        Assert.Equal(21, document.Articles.Length);
        for (var i = 0; i < 21; i++)
        {
            Assert.Equal(i + 1, document.Articles[i].Number);
            Assert.Equal($"第{expected[i]}条", zh.ArticleNumber(document.Articles[i].Number));
            Assert.Equal($"Article {i + 1}", en.ArticleNumber(document.Articles[i].Number));
            Assert.Equal($"제{i + 1}조", ko.ArticleNumber(document.Articles[i].Number));
        }
    }
}
