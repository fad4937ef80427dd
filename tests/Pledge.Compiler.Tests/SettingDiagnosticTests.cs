using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>PLG2012 second contract or setting, PLG2013 unknown zone, PLG2014 unknown currency, PLG2015 language twice.</summary>
public class SettingDiagnosticTests
{
    [Fact]
    public void PLG2012_second_contract_header()
    {
        var c = Compile(Header + "contract other \"另一\" / \"Other\"\n");
        Assert.Contains("already has a `contract` header at 1:1", Single(c, "PLG2012").Message);
    }

    [Theory]
    [InlineData("languages ko, en", "languages")]
    [InlineData("timezone \"Asia/Tokyo\"", "timezone")]
    [InlineData("currency USD", "currency")]
    [InlineData("rounding half-up 0.01\nrounding half-up 1", "rounding")]
    [InlineData("provider \"甲\" / \"A\"\nprovider \"乙\" / \"B\"", "provider")]
    public void PLG2012_setting_declared_twice(string lines, string setting)
    {
        var c = Compile(Header + lines + "\n");
        Assert.Contains($"`{setting}` is already set at", Single(c, "PLG2012").Message);
    }

    [Fact]
    public void PLG2012_clause_item_that_may_appear_once()
    {
        var c = CompileContract("clause up \"在线\" / \"Up\" {\n  availability 99.9% per month\n  availability 99.5% per month\n}\n");
        Assert.Contains("`availability` is already set at", Single(c, "PLG2012").Message);
        Assert.Equal(99.9m, c.GetSemanticModel(c.SyntaxTrees[0]).Clauses.Single().Availability!.Percent);
    }

    [Fact]
    public void PLG2012_not_reported_for_settings_set_once()
    {
        var c = Compile(Header + "provider \"甲\" / \"A\"\nrounding half-up 0.01\n");
        None(c, "PLG2012");
        NoErrors(c);
    }

    [Theory]
    [InlineData("Asia/Shangai", "Asia/Shanghai")]
    [InlineData("asia/shanghai", "Asia/Shanghai")]
    [InlineData("UTC+8", "UTC+08:00")]
    [InlineData("UTC+15:00", null)]
    public void PLG2013_unknown_time_zone(string zone, string? suggestion)
    {
        var c = Compile($"contract t \"t\" / \"t\"\nlanguages zh-CN, en\ntimezone \"{zone}\"\n");
        var d = Single(c, "PLG2013");
        Assert.Contains($"`{zone}` is not a known time zone", d.Message);
        if (suggestion is null) Assert.Null(d.Fix);
        else Assert.Equal($"\"{suggestion}\"", d.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void PLG2013_calendar_zone_is_checked_too()
    {
        var c = CompileContract("calendar ny \"纽约\" / \"NY\" {\n  span Mon 09:00 - Fri 17:00\n  timezone \"America/New_Yrok\"\n}\n");
        Assert.Equal("\"America/New_York\"", Single(c, "PLG2013").Fix!.Edits[0].NewText);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    [InlineData("UTC-05:00")]
    [InlineData("UTC+08:00")]
    public void PLG2013_not_reported_for_known_zones(string zone)
    {
        var c = Compile($"contract t \"t\" / \"t\"\nlanguages zh-CN, en\ntimezone \"{zone}\"\n");
        None(c, "PLG2013");
        Assert.NotNull(c.GetSemanticModel(c.SyntaxTrees[0]).Contract!.TimeZone);
    }

    [Theory]
    [InlineData("RMB", "CNY")]
    [InlineData("USX", "USD")]
    public void PLG2014_unknown_currency(string code, string suggestion)
    {
        var c = Compile($"contract t \"t\" / \"t\"\nlanguages zh-CN, en\ncurrency {code}\n");
        var d = Single(c, "PLG2014");
        Assert.Contains($"`{code}` is not an ISO 4217 currency code", d.Message);
        Assert.Equal(suggestion, d.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void PLG2014_money_amounts_are_checked_too()
    {
        var c = CompileContract("clause up \"在线\" / \"Up\" {\n  respond within 2 h\n  remedy pay 500 XYZ per breach\n}\n");
        Single(c, "PLG2014");
    }

    [Fact]
    public void PLG2014_not_reported_for_known_currencies()
    {
        var c = CompileContract("clause up \"在线\" / \"Up\" {\n  respond within 2 h\n  remedy pay 500 CNY per breach\n}\n");
        None(c, "PLG2014");
        var contract = c.GetSemanticModel(c.SyntaxTrees[0]).Contract!;
        Assert.Equal("CNY", contract.Currency);
        Assert.Equal(0.01m, contract.Rounding.Increment);
    }

    [Fact]
    public void Default_rounding_follows_the_currency_minor_unit()
    {
        var c = Compile("contract t \"t\" / \"t\"\nlanguages ja\ncurrency JPY\n");
        var rounding = c.GetSemanticModel(c.SyntaxTrees[0]).Contract!.Rounding;
        Assert.Equal(1m, rounding.Increment);
        Assert.False(rounding.IsDeclared);
    }

    [Fact]
    public void PLG2015_duplicate_language_tag_with_a_safe_fix()
    {
        var c = Compile("contract t \"t\" / \"t\"\nlanguages zh-CN, en, zh-CN\n");
        var d = Single(c, "PLG2015");
        Assert.Contains("`zh-CN` is already listed at 2:11", d.Message);
        Assert.True(d.Fix!.IsSafe);
        var text = c.SyntaxTrees[0].Source.Text;
        var edit = d.Fix.Edits.Single();
        var fixedText = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        Assert.Contains("languages zh-CN, en\n", fixedText);
        Assert.Equal(["zh-CN", "en"], c.GetSemanticModel(c.SyntaxTrees[0]).Languages.AsEnumerable());
    }

    [Fact]
    public void PLG2015_not_reported_for_distinct_tags() =>
        None(Compile("contract t \"t\" / \"t\"\nlanguages zh-CN, zh-TW, en\n"), "PLG2015");
}
