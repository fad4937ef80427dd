using Pledge.Runtime.Reports;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 Exclusion: causes (clause and top-level), `unreported after`, planned maintenance with notice and at most N.</summary>
public class ExclusionTests
{
    private const string Uptime = """
        exclusion fm "不可抗力" / "Force majeure" {
          causes typhoon
        }
        clause up "在线" / "Uptime" {
          availability 99.9% per month
          exclude causes customer
          exclude unreported after 5 days
          exclude planned maint with notice 5 days, at most 1 per month
          respond within 1 h
        }
        """;

    private static ClauseReport Up(params Runtime.Incidents.Incident[] log) => Evaluate(Uptime, "2026-10", log).Clause("up");

    [Fact]
    public void A_cause_the_clause_excludes()
    {
        var up = Up(Incident("A", causes: "customer", started: "2026-10-03T10:00", reported: "2026-10-03T10:00", restored: "2026-10-03T12:00"));
        Assert.Equal(0m, up.DowntimeMinutes);
        var verdict = up.Incidents.Single();
        Assert.Equal(ExclusionKind.Cause, verdict.Excluded!.Kind);
        Assert.Contains("customer", verdict.Excluded.Reason);
        // Excluded incidents are not judged on their milestones either.
        Assert.Empty(verdict.Milestones);
    }

    [Fact]
    public void A_top_level_exclusion_applies_to_every_clause()
    {
        var up = Up(Incident("A", causes: "typhoon", started: "2026-10-03T10:00", reported: "2026-10-03T10:00", restored: "2026-10-03T12:00"));
        Assert.Equal(0m, up.DowntimeMinutes);
        Assert.Contains("`fm`", up.Incidents.Single().Excluded!.Reason);
    }

    [Fact]
    public void Reported_more_than_the_window_after_it_started()
    {
        var late = Up(Incident("A", started: "2026-10-03T10:00", reported: "2026-10-08T10:01", restored: "2026-10-08T11:00"));
        Assert.Equal(ExclusionKind.Unreported, late.Incidents.Single().Excluded!.Kind);
        // Exactly 5 days does not exceed the window.
        var exact = Up(Incident("A", started: "2026-10-03T10:00", reported: "2026-10-08T10:00", restored: "2026-10-08T11:00"));
        Assert.Null(exact.Incidents.Single().Excluded);
    }

    [Fact]
    public void An_unreported_incident_counts_as_reported_at_the_period_end()
    {
        // Started 29 October, never reported: by the period's end only 2 days and some hours have passed: it counts.
        var recent = Up(Incident("A", started: "2026-10-29T10:00", restored: "2026-10-29T11:00"));
        Assert.Null(recent.Incidents.Single().Excluded);
        Assert.Equal(60m, recent.DowntimeMinutes);
        // Started 3 October, never reported: more than 5 days before the period's end: excluded.
        var old = Up(Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T11:00"));
        Assert.Equal(ExclusionKind.Unreported, old.Incidents.Single().Excluded!.Kind);
    }

    [Fact]
    public void Planned_maintenance_with_enough_notice_is_excluded()
    {
        var up = Up(Incident("M", causes: "maint", notified: "2026-10-01T10:00", started: "2026-10-06T10:00", reported: "2026-10-06T10:00", restored: "2026-10-06T12:00"));
        Assert.Equal(ExclusionKind.Planned, up.Incidents.Single().Excluded!.Kind);
        Assert.Equal(0m, up.DowntimeMinutes);
    }

    [Fact]
    public void Planned_maintenance_with_short_notice_counts()
    {
        var up = Up(Incident("M", causes: "maint", notified: "2026-10-01T10:01", started: "2026-10-06T10:00", reported: "2026-10-06T10:00", restored: "2026-10-06T12:00"));
        Assert.Null(up.Incidents.Single().Excluded);
        Assert.Equal(120m, up.DowntimeMinutes);
        Assert.Contains(up.Incidents.Single().Notes, n => n.Contains("less than the notice"));
    }

    [Fact]
    public void Planned_maintenance_without_notice_counts() =>
        Assert.Equal(120m, Up(Incident("M", causes: "maint", started: "2026-10-06T10:00", reported: "2026-10-06T10:00", restored: "2026-10-06T12:00")).DowntimeMinutes);

    [Fact]
    public void At_most_N_per_period_in_order_of_started_then_id()
    {
        // Three announced windows: B and C start at the same time, A later. Order: B, C (by id), A. Only B is excluded.
        var up = Up(
            Incident("A", causes: "maint", notified: "2026-10-01T00:00", started: "2026-10-20T10:00", reported: "2026-10-20T10:00", restored: "2026-10-20T10:30"),
            Incident("C", causes: "maint", notified: "2026-10-01T00:00", started: "2026-10-10T10:00", reported: "2026-10-10T10:00", restored: "2026-10-10T10:10"),
            Incident("B", causes: "maint", notified: "2026-10-01T00:00", started: "2026-10-10T10:00", reported: "2026-10-10T10:00", restored: "2026-10-10T10:20"));
        Assert.Equal(ExclusionKind.Planned, up.Incidents.Single(i => i.Id == "B").Excluded!.Kind);
        Assert.Null(up.Incidents.Single(i => i.Id == "C").Excluded);
        Assert.Null(up.Incidents.Single(i => i.Id == "A").Excluded);
        // C's 10 min overlap B's excluded window but count: 10 (C) + 30 (A).
        Assert.Equal(40m, up.DowntimeMinutes);
    }

    [Fact]
    public void At_most_N_starts_again_each_period()
    {
        var report = Evaluate(Uptime, "2026-Q4", [
            Incident("A", causes: "maint", notified: "2026-10-01T00:00", started: "2026-10-10T10:00", reported: "2026-10-10T10:00", restored: "2026-10-10T10:30"),
            Incident("B", causes: "maint", notified: "2026-10-01T00:00", started: "2026-11-10T10:00", reported: "2026-11-10T10:00", restored: "2026-11-10T10:30"),
        ]);
        Assert.Equal(0m, report.Clause("up", "2026-10").DowntimeMinutes);
        Assert.Equal(0m, report.Clause("up", "2026-11").DowntimeMinutes);
    }
}
