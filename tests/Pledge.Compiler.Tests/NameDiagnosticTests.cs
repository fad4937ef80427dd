using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>PLG2001 undefined, PLG2002 duplicate, PLG2009 wrong kind, PLG2010 wrong parameter type.</summary>
public class NameDiagnosticTests
{
    private const string Causes = """
        cause force_majeure "不可抗力" / "force majeure"
        cause customer_equipment "客户设备" / "customer equipment"

        """;

    [Fact]
    public void PLG2001_undefined_cause_names_the_kind_and_suggests()
    {
        var c = CompileContract(Causes + """
            clause up "在线" / "Up" {
              availability 99.9% per month
              exclude causes force_majuere
            }
            """);
        var d = Single(c, "PLG2001");
        Assert.Contains("no cause called `force_majuere`", d.Message);
        Assert.Contains("did you mean `force_majeure`?", d.Hint);
        Assert.NotNull(d.Fix);
        Assert.Equal("force_majeure", d.Fix!.Edits[0].NewText);
        Assert.Equal("force_majuere", SpanText(c, d));
    }

    [Fact]
    public void PLG2001_undefined_calendar_and_parameter()
    {
        var c = CompileContract("""
            parameter fee "月费" / "Fee" : money
            clause up "在线" / "Up" {
              clock office
              availability 99.9% per month
              remedy waive feee when breached
            }
            """);
        var found = WithCode(c, "PLG2001");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message.Contains("no calendar called `office`"));
        Assert.Contains(found, d => d.Message.Contains("no parameter called `feee`") && d.Fix!.Edits[0].NewText == "fee");
    }

    [Fact]
    public void PLG2001_not_reported_for_declared_names()
    {
        var c = CompileContract(Causes + """
            calendar office "工作时间" / "Office hours" {
              days Mon-Fri
              hours 09:00-18:00
            }
            parameter fee "月费" / "Fee" : money
            clause up "在线" / "Up" {
              clock office
              availability 99.9% per month
              exclude causes force_majeure, customer_equipment
              remedy waive fee when breached
            }
            """);
        None(c, "PLG2001");
        NoErrors(c);
    }

    [Fact]
    public void PLG2002_duplicate_declaration_points_at_the_first()
    {
        var c = CompileContract(Causes + """
            cause force_majeure "又一个" / "again"
            """);
        var d = Single(c, "PLG2002");
        Assert.Contains("the cause `force_majeure` is already declared at 5:7", d.Message);
    }

    [Fact]
    public void PLG2002_names_are_shared_across_kinds()
    {
        var c = CompileContract(Causes + """
            calendar force_majeure "日历" / "Calendar" {
              days Mon-Fri
            }
            """);
        var d = Single(c, "PLG2002");
        Assert.Contains("(as a cause)", d.Message);
    }

    [Fact]
    public void PLG2002_duplicate_clause()
    {
        var c = CompileContract("""
            clause up "在线" / "Up" { availability 99.9% per month }
            clause up "在线" / "Up" { availability 99.5% per month }
            """);
        Assert.Contains("the clause `up` is already declared", Single(c, "PLG2002").Message);
    }

    [Fact]
    public void PLG2002_not_reported_for_distinct_names()
    {
        var c = CompileContract(Causes + """
            clause up "在线" / "Up" { availability 99.9% per month }
            clause down "离线" / "Down" { availability 99.5% per month }
            """);
        None(c, "PLG2002");
    }

    [Fact]
    public void PLG2009_name_of_the_wrong_kind()
    {
        var c = CompileContract(Causes + """
            calendar office "工作时间" / "Office hours" { days Mon-Fri hours 09:00-18:00 }
            clause up "在线" / "Up" {
              clock force_majeure
              exclude causes office
            }
            """);
        var found = WithCode(c, "PLG2009");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message == "`force_majeure` is a cause, not a calendar");
        Assert.Contains(found, d => d.Message == "`office` is a calendar, not a cause");
        None(c, "PLG2001");
    }

    [Fact]
    public void PLG2009_not_reported_for_the_right_kind()
    {
        var c = CompileContract(Causes + """
            calendar office "工作时间" / "Office hours" { days Mon-Fri hours 09:00-18:00 }
            clause up "在线" / "Up" {
              clock office
              exclude causes force_majeure
            }
            """);
        None(c, "PLG2009");
    }

    [Theory]
    [InlineData("remedy waive customer when breached", "waive")]
    [InlineData("remedy 0.25% of customer per started day late, cap 5% of fee in total", "0.25% of")]
    [InlineData("remedy 0.25% of fee per started day late, cap 5% of customer in total", "cap")]
    [InlineData("remedy credit customer by availability { below 99.9% : 10% }", "credit")]
    public void PLG2010_remedies_need_money_parameters(string remedy, string use)
    {
        var c = CompileContract($$"""
            parameter customer "客户" / "Customer" : text
            parameter fee "月费" / "Fee" : money
            clause up "在线" / "Up" {
              availability 99.9% per month
              respond within 2 h
              {{remedy}}
            }
            """);
        var d = Single(c, "PLG2010");
        Assert.Contains($"`customer` is a text parameter, but `{use}` needs a money parameter", d.Message);
    }

    [Fact]
    public void PLG2010_warranty_from_needs_a_date_parameter()
    {
        var c = CompileContract("""
            parameter fee "月费" / "Fee" : money
            warranty paint "保修" / "Warranty" {
              duration 1 year from fee
              covers peeling "起皮" / "peeling" : free repair
            }
            """);
        Assert.Contains("`fee` is a money parameter, but `from` needs a date parameter", Single(c, "PLG2010").Message);
    }

    [Fact]
    public void PLG2010_not_reported_for_the_right_types()
    {
        var c = CompileContract("""
            parameter fee "月费" / "Fee" : money
            parameter completion "竣工日期" / "Completion" : date
            clause up "在线" / "Up" {
              availability 99.9% per month
              remedy waive fee when breached
            }
            warranty paint "保修" / "Warranty" {
              duration 1 year from completion
              covers peeling "起皮" / "peeling" : repair up to 5% of fee
            }
            """);
        None(c, "PLG2010");
        NoErrors(c);
    }
}
