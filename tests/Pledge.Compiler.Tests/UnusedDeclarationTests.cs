using Pledge.Dsl.Diagnostics;
using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>PLG2016: unused causes, severities, calendars and parameters, at info level.</summary>
public class UnusedDeclarationTests
{
    [Fact]
    public void PLG2016_unused_declarations_are_info()
    {
        var c = CompileContract("""
            cause force_majeure "不可抗力" / "force majeure"
            severity critical "重大" / "Critical"
            calendar office "工作时间" / "Office" { days Mon-Fri hours 09:00-18:00 }
            parameter fee "月费" / "Fee" : money
            """);
        var found = WithCode(c, "PLG2016");
        Assert.Equal(4, found.Count);
        Assert.All(found, d => Assert.Equal(DiagnosticLevel.Info, d.Level));
        Assert.Contains(found, d => d.Message == "the cause `force_majeure` is never used");
        Assert.Contains(found, d => d.Message == "the severity `critical` is never used");
        Assert.Contains(found, d => d.Message == "the calendar `office` is never used");
        Assert.Contains(found, d => d.Message == "the parameter `fee` is never used");
    }

    [Fact]
    public void PLG2016_not_reported_for_used_declarations()
    {
        var c = CompileContract("""
            cause force_majeure "不可抗力" / "force majeure"
            severity critical "重大" / "Critical"
            calendar office "工作时间" / "Office" { days Mon-Fri hours 09:00-18:00 }
            parameter fee "月费" / "Fee" : money
            parameter completion "竣工" / "Completion" : date
            parameter customer "客户" / "Customer" : text
            exclusion fm "不可抗力" / "Force majeure" { causes force_majeure }
            clause fault "故障" / "Fault" {
              matrix {
                severity | respond
                critical | 1 h on office
              }
              remedy 0.25% of fee per started day late, cap 5% of fee in total
            }
            warranty w "保修" / "Warranty" {
              duration 1 year from completion
              covers peeling "起皮" / "peeling" : free repair
            }
            """);
        None(c, "PLG2016");
    }

    [Fact]
    public void PLG2016_not_reported_for_an_unused_library_declaration()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", "languages zh-CN, en\ncause unused_here \"未用\" / \"unused\"\n");
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\n");
        None(Compilation.Create([main]), "PLG2016");
    }
}
