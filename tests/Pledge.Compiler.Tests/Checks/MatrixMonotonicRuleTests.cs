using Pledge.Compiler.Checks.Rules;
using Xunit;
using static Pledge.Compiler.Tests.Checks.RuleTestKit;

namespace Pledge.Compiler.Tests.Checks;

public class MatrixMonotonicRuleTests
{
    private static string Matrix(string rows, string clock = "") => Clause($$"""
          {{clock}}
          matrix {
            severity | respond | resolve
        {{rows}}
          }
        """);

    [Fact]
    public void A_more_severe_fault_with_a_longer_deadline_is_reported()
    {
        var body = Matrix("    critical | 15 min | 12 h\n    major    | 30 min | 6 h\n    minor    | 1 h    | 1 business day on office");
        var d = Assert.Single(Run(new MatrixMonotonicRule(), body));
        Assert.Equal("PLG3005", d.Code);
        Assert.Equal("12 h", SpanText(body, d));
        Assert.StartsWith("`critical` resolve `12 h` is longer than `major`'s `6 h`", d.Message);
        Assert.Contains("critical | 15 min | 6 h", Apply(body, d));
    }

    [Fact]
    public void Equal_deadlines_are_fine()
    {
        Assert.Empty(Run(new MatrixMonotonicRule(), Matrix("    critical | 15 min | 6 h\n    major    | 15 min | 6 h\n    minor    | 1 h    | 6 h")));
    }

    [Fact]
    public void Each_offending_row_is_reported_against_the_fastest_less_severe_row()
    {
        var body = Matrix("    critical | 15 min | 12 h\n    major    | 15 min | 12 h\n    minor    | 1 h    | 6 h");
        var diagnostics = Run(new MatrixMonotonicRule(), body);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("`minor`'s `6 h`", d.Message));
    }

    [Fact]
    public void Units_are_converted_before_comparing()
    {
        var body = Matrix("    critical | 2 h | 720 min\n    major    | 90 min | 12 h\n    minor    | 2 h | 1 day");
        var d = Assert.Single(Run(new MatrixMonotonicRule(), body));
        Assert.Equal("2 h", SpanText(body, d));
        Assert.Contains("`major`'s `90 min`", d.Message);
    }

    [Fact]
    public void Business_days_compare_with_hours_on_the_same_calendar()
    {
        // 1 business day on office is 8 working hours: more than major's 6 h on office.
        var body = Matrix("    critical | 15 min | 1 business day\n    major    | 30 min | 6 h\n    minor    | 1 h    | 2 business days", "clock office");
        var d = Assert.Single(Run(new MatrixMonotonicRule(), body));
        Assert.Equal("1 business day", SpanText(body, d));
        Assert.Contains("(8 h against 6 h of working time on `office`)", d.Message);
    }

    [Fact]
    public void Close_of_day_forms_count_as_business_days()
    {
        var body = Matrix("    critical | 15 min | end of business day 2 on office\n    major    | 30 min | next business day on office\n    minor    | 1 h    | 3 business days on office");
        var d = Assert.Single(Run(new MatrixMonotonicRule(), body));
        Assert.Equal("end of business day 2 on office", SpanText(body, d));
    }

    [Fact]
    public void Deadlines_on_different_clocks_are_not_compared()
    {
        Assert.Empty(Run(new MatrixMonotonicRule(), Matrix("    critical | 15 min | 12 h\n    major    | 30 min | 6 h on office\n    minor    | 1 h    | 1 business day on lunch")));
        Assert.Empty(Run(new MatrixMonotonicRule(), Matrix("    critical | 15 min | 2 business days on lunch\n    major    | 30 min | 1 business day on office\n    minor    | 1 h    | -")));
    }

    [Fact]
    public void A_cell_on_the_clause_clock_compares_with_a_cell_naming_the_same_calendar()
    {
        var body = Matrix("    critical | 15 min | 8 h\n    major    | 30 min | 1 business day on office\n    minor    | 1 h    | 6 h on office", "clock office");
        var diagnostics = Run(new MatrixMonotonicRule(), body);
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("8 h", SpanText(body, diagnostics[0]));
        Assert.Equal("1 business day on office", SpanText(body, diagnostics[1]));
        Assert.Null(diagnostics[0].Fix); // `6 h on office` names its calendar, `8 h` does not
    }

    [Fact]
    public void No_commitment_cells_are_skipped()
    {
        Assert.Empty(Run(new MatrixMonotonicRule(), Matrix("    critical | - | 12 h\n    major    | 30 min | -\n    minor    | 1 h | 12 h")));
    }

    [Fact]
    public void The_maintenance_example_is_flagged()
    {
        var path = System.IO.Path.Combine(ExampleFolder(), "software", "maintenance.sla");
        var compilation = Compilation.Create([path]);
        var diagnostics = Pledge.Compiler.Checks.ContractAnalysis.RunRules(compilation.GetSemanticModel(path), [new MatrixMonotonicRule()]);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("is longer than `general`'s `6 h`", d.Message));
        Assert.StartsWith("`critical` resolve `12 h`", diagnostics[0].Message);
        Assert.StartsWith("`severe` resolve `12 h`", diagnostics[1].Message);
    }

    private static string ExampleFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return System.IO.Path.Combine(dir!.FullName, "examples");
    }
}
