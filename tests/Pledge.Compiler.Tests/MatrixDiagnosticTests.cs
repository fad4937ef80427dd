using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>PLG2005 unknown severity row, PLG2006 missing severity, PLG2007 milestone twice, PLG2008 row twice, PLG2011 cell count.</summary>
public class MatrixDiagnosticTests
{
    private const string Severities = """
        severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
        severity major    "严重故障" / "Major"    : "多数用户" / "most users are affected"
        severity minor    "一般故障" / "Minor"    : "正常运作" / "normal operation continues"

        """;

    private static Compilation Clause(string items) =>
        CompileContract(Severities + "clause fault \"故障\" / \"Fault\" {\n" + items + "\n}\n");

    private const string FullMatrix = """
          matrix {
            severity | respond | resolve
            critical | 15 min  | 6 h
            major    | 30 min  | 12 h
            minor    | 1 h     | -
          }
        """;

    [Fact]
    public void A_complete_matrix_binds_without_diagnostics()
    {
        var c = Clause(FullMatrix);
        NoErrors(c);
        var matrix = c.GetSemanticModel(c.SyntaxTrees[0]).Clauses.Single().Matrix!;
        Assert.Equal(3, matrix.Rows.Length);
        Assert.Null(matrix.Rows[2].Cells[1]);
        Assert.Equal("critical", matrix.Rows[0].Severity.Name);
        Assert.Equal(0, matrix.Rows[0].Severity.Rank);
    }

    [Fact]
    public void PLG2005_row_for_an_undeclared_severity()
    {
        var c = Clause("""
              matrix {
                severity | respond
                critical | 15 min
                major    | 30 min
                minor    | 1 h
                blocker  | 5 min
              }
            """);
        var d = Single(c, "PLG2005");
        Assert.Contains("`blocker`, which is not a declared severity", d.Message);
    }

    [Fact]
    public void PLG2005_suggests_the_closest_severity()
    {
        var c = Clause("""
              matrix {
                severity | respond
                critcal  | 15 min
                major    | 30 min
                minor    | 1 h
              }
            """);
        var d = Single(c, "PLG2005");
        Assert.Equal("critical", d.Fix!.Edits[0].NewText);
        Assert.Contains("did you mean `critical`?", d.Hint);
    }

    [Fact]
    public void PLG2005_not_reported_for_declared_severities() => None(Clause(FullMatrix), "PLG2005");

    [Fact]
    public void PLG2006_matrix_missing_a_declared_severity_offers_a_row()
    {
        var c = Clause("""
              matrix {
                severity | respond | resolve
                critical | 15 min  | 6 h
                major    | 30 min  | 12 h
              }
            """);
        var d = Single(c, "PLG2006");
        Assert.Contains("no row for the severity `minor`", d.Message);
        var edit = d.Fix!.Edits.Single();
        Assert.Equal("    minor | - | -\n", edit.NewText);
        Assert.Equal(0, edit.Span.Length);
    }

    [Fact]
    public void PLG2006_not_reported_when_every_severity_has_a_row() => None(Clause(FullMatrix), "PLG2006");

    [Fact]
    public void PLG2007_matrix_column_and_single_commitment()
    {
        var c = Clause(FullMatrix + "\n  respond within 2 h\n");
        var d = Single(c, "PLG2007");
        Assert.Contains("the milestone `respond` is already committed in clause `fault` at", d.Message);
    }

    [Fact]
    public void PLG2007_two_single_commitments()
    {
        var c = CompileContract("""
            clause complaints "投诉" / "Complaints" {
              respond within 2 h after reported
              respond within 4 h after reported
            }
            """);
        Single(c, "PLG2007");
    }

    [Fact]
    public void PLG2007_distance_tiers_commit_too()
    {
        var c = CompileContract("""
            clause onsite "现场" / "On-site" {
              arrive within 4 h
              arrive by distance {
                up to 50 km : 2 h
                beyond      : 24 h
              }
            }
            """);
        Single(c, "PLG2007");
    }

    [Fact]
    public void PLG2007_not_reported_for_different_milestones_or_anchors()
    {
        var c = Clause(FullMatrix + "\n  arrive within 4 h\n  respond after acknowledged\n");
        None(c, "PLG2007");
        var clause = c.GetSemanticModel(c.SyntaxTrees[0]).Clauses.Single();
        Assert.Equal(Semantics.IncidentEvent.Acknowledged, clause.AnchorOf(Semantics.Milestone.Respond));
    }

    [Fact]
    public void PLG2008_duplicate_matrix_row()
    {
        var c = Clause("""
              matrix {
                severity | respond
                critical | 15 min
                critical | 20 min
                major    | 30 min
                minor    | 1 h
              }
            """);
        var d = Single(c, "PLG2008");
        Assert.Contains("already has a row for `critical`", d.Message);
    }

    [Fact]
    public void PLG2008_not_reported_for_distinct_rows() => None(Clause(FullMatrix), "PLG2008");

    [Fact]
    public void PLG2011_row_with_too_few_cells()
    {
        var c = Clause("""
              matrix {
                severity | respond | resolve
                critical | 15 min  | 6 h
                major    | 30 min
                minor    | 1 h     | -
              }
            """);
        var d = Single(c, "PLG2011");
        Assert.Equal("the row for `major` has 1 cell, but the header names 2 milestones", d.Message);
    }

    [Fact]
    public void PLG2011_not_reported_for_full_rows() => None(Clause(FullMatrix), "PLG2011");
}
