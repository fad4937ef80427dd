using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>The remaining constructs bind as written; diagnostics are sorted and deterministic.</summary>
public class CompilationTests
{
    [Fact]
    public void Close_of_day_deadlines_distance_tiers_and_pay()
    {
        var c = CompileContract("""
            calendar office "工作时间" / "Office" { days Mon-Fri hours 09:00-12:00, 13:00-18:00 }
            clause support "支持" / "Support" {
              clock 24x7
              respond by next business day on office
              resolve by end of business day 3 on office
              arrive by distance {
                up to 50 km  : 2 h
                up to 100 mi : 4 h
                beyond       : -
              }
              remedy pay 500 CNY per breach
              claim within 10 days after breach
            }
            """);
        NoErrors(c);
        var clause = c.GetSemanticModel(c.SyntaxTrees[0]).Clauses.Single();
        Assert.Null(clause.Clock);
        var respond = Assert.IsType<CloseOfBusinessDayDeadline>(clause.Commitments[0].Deadline);
        Assert.Equal(1, respond.Day);
        Assert.Equal("office", respond.On!.Name);
        Assert.Equal(3, Assert.IsType<CloseOfBusinessDayDeadline>(clause.Commitments[1].Deadline).Day);
        var tiers = clause.DistanceCommitments.Single().Tiers;
        Assert.Equal(50m, tiers[0].UpToKm);
        Assert.Equal(160.9344m, tiers[1].UpToKm);
        Assert.True(tiers[2].IsBeyond);
        Assert.Null(tiers[2].Deadline);
        var pay = Assert.IsType<PayRemedy>(clause.Remedies.Single());
        Assert.Equal(500m, pay.Amount);
        Assert.Equal("CNY", pay.Currency);
        Assert.Equal(ClaimStart.Breach, clause.Claim!.Start);
        var office = c.GetSemanticModel(c.SyntaxTrees[0]).Calendars.Single();
        Assert.Equal(480, office.BusinessDayMinutes);
    }

    [Fact]
    public void Span_calendar_with_its_own_zone()
    {
        var c = CompileContract("""
            calendar weekdays_24x5 "24x5" / "24x5" {
              span Mon 09:00 - Fri 17:00
              timezone "America/New_York"
            }
            clause up "在线" / "Up" { clock weekdays_24x5 respond within 4 h }
            """);
        NoErrors(c);
        var calendar = c.GetSemanticModel(c.SyntaxTrees[0]).Calendars.Single();
        Assert.Equal(new WeeklySpan(NodaTime.IsoDayOfWeek.Monday, 540, NodaTime.IsoDayOfWeek.Friday, 1020), calendar.Spans.Single());
        Assert.Equal("America/New_York", calendar.TimeZone!.Id);
        Assert.Equal(0, calendar.BusinessDayMinutes);
    }

    [Fact]
    public void Coverage_alternatives_and_replacement()
    {
        var c = CompileContract("""
            parameter handover "交付日期" / "Handover" : date
            warranty device "设备保修" / "Device warranty" {
              duration 2 years from 2026-03-15
              covers defects "缺陷" / "defects" : repair or replace or refund at provider's option
              replacement covered for the remainder or 90 days, whichever is longer
            }
            """);
        var warranty = c.GetSemanticModel(c.SyntaxTrees[0]).Warranties.Single();
        Assert.Equal(new DateOnly(2026, 3, 15), warranty.StartDate);
        Assert.Null(warranty.StartParameter);
        var coverage = warranty.Covers.Single().Coverage;
        Assert.Equal([CoverageKind.Repair, CoverageKind.Replace, CoverageKind.Refund], coverage.Options.Select(o => o.Kind));
        Assert.True(coverage.AtProviderOption);
        Assert.Equal(new WrittenDuration(90, DurationUnit.Day), warranty.ReplacementMinimum);
        Assert.DoesNotContain(c.GetDiagnostics(), d => d.Diagnostic.IsError);
    }

    [Fact]
    public void PLG2002_covered_item_twice_in_a_warranty()
    {
        var c = CompileContract("""
            warranty w "保修" / "Warranty" {
              duration 1 year from 2026-01-01
              covers peeling "起皮" / "peeling" : free repair
              covers peeling "起皮" / "peeling" : replace
            }
            """);
        Assert.Contains("the covered item `peeling` is already declared", Single(c, "PLG2002").Message);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_path_offset_and_code_and_deterministic()
    {
        using var dir = new TempDirectory();
        dir.Write("b.sla", "cause x \"x\" / \"x\"\ncause x \"x\" / \"x\"\nclause k \"k\" / \"k\" { exclude causes nope }\n");
        var a = dir.Write("a.sla", Header + "import \"b.sla\"\nimport \"missing.sla\"\ncurrency USD\ntimezone \"Nowhere/Land\"\n");
        var first = Compilation.Create([a]).GetDiagnostics().Select(d => d.ToString()).ToList();
        var second = Compilation.Create([a]).GetDiagnostics().Select(d => d.ToString()).ToList();
        Assert.Equal(first, second);
        var diagnostics = Compilation.Create([a]).GetDiagnostics();
        var keys = diagnostics.Select(d => (d.Path, d.Diagnostic.Span.Start, d.Diagnostic.Code)).ToList();
        var sorted = keys.OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Start).ThenBy(k => k.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
        Assert.Equal(["PLG2003", "PLG2012", "PLG2012", "PLG2002", "PLG2001"], diagnostics.Select(d => d.Diagnostic.Code));
    }

    [Fact]
    public void GetSemanticModel_by_path_and_tree_return_the_same_model()
    {
        var c = Compile(Header);
        Assert.Same(c.GetSemanticModel(c.SyntaxTrees[0]), c.GetSemanticModel("/virtual/main.sla"));
        Assert.Throws<ArgumentException>(() => c.GetSemanticModel("/virtual/other.sla"));
    }

    [Fact]
    public void Unnamed_and_broken_declarations_do_not_crash_binding()
    {
        var c = CompileContract("""
            cause "没有名字" / "no name"
            clause { availability }
            matrix
            warranty w "w" / "w" { duration from }
            clause k "k" / "k" { matrix { severity | respond
            """);
        Assert.NotEmpty(c.GetDiagnostics());
        _ = c.GetSemanticModel(c.SyntaxTrees[0]).Symbols;
    }
}
