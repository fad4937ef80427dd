using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 Downtime: union of outages, split at period boundaries, open outages, the minimum outage length.</summary>
public class DowntimeTests
{
    private const string Uptime = """
        clause up "在线" / "Uptime" {
          availability 99.9% per month
          downtime from started to restored
        }
        """;

    private const string UptimeWithMinimum = """
        clause up "在线" / "Uptime" {
          availability 99.9% per month
          downtime from started to restored
          ignore outages shorter than 5 min
        }
        """;

    [Fact]
    public void Overlapping_outages_count_once()
    {
        // 10:00–10:30 and 10:20–10:50 overlap: the union is 10:00–10:50 = 50 min, not 30 + 30.
        var report = Evaluate(Uptime, "2026-10", [
            Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T10:30"),
            Incident("B", started: "2026-10-03T10:20", restored: "2026-10-03T10:50"),
        ]);
        var up = report.Clause("up");
        Assert.Equal(50m, up.DowntimeMinutes);
        Assert.Equal(["A", "B"], up.Outages.Single().IncidentIds.ToArray());
    }

    [Fact]
    public void An_outage_inside_another_adds_nothing()
    {
        var report = Evaluate(Uptime, "2026-10", [
            Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T11:00"),
            Incident("B", started: "2026-10-03T10:15", restored: "2026-10-03T10:20"),
        ]);
        Assert.Equal(60m, report.Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void An_outage_crossing_the_period_end_is_split()
    {
        // 31 Oct 23:40 → 1 Nov 00:25 (+08:00): 20 min in October, 25 min in November.
        Incident[] log = [Incident("A", started: "2026-10-31T23:40", restored: "2026-11-01T00:25")];
        Assert.Equal(20m, Evaluate(Uptime, "2026-10", log).Clause("up").DowntimeMinutes);
        Assert.Equal(25m, Evaluate(Uptime, "2026-11", log).Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void An_open_outage_runs_to_the_period_end()
    {
        // Started 31 Oct 22:00 with no `restored`: 120 min in October; in November it runs to the end of November.
        Incident[] log = [Incident("A", started: "2026-10-31T22:00")];
        var october = Evaluate(Uptime, "2026-10", log).Clause("up");
        Assert.Equal(120m, october.DowntimeMinutes);
        Assert.Contains(october.Incidents.Single().Notes, n => n.Contains("runs to the period's end"));
        Assert.Equal(30m * 1440, Evaluate(Uptime, "2026-11", log).Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void Times_keep_their_seconds()
    {
        var report = Evaluate(Uptime, "2026-10", [Incident("A", started: "2026-10-03T10:00:00", restored: "2026-10-03T10:01:30")]);
        Assert.Equal(1.5m, report.Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void Short_outages_are_ignored()
    {
        var report = Evaluate(UptimeWithMinimum, "2026-10", [
            Incident("short", started: "2026-10-03T10:00", restored: "2026-10-03T10:04:59"),
            Incident("exact", started: "2026-10-04T10:00", restored: "2026-10-04T10:05"),
        ]);
        var up = report.Clause("up");
        // 4 min 59 s is shorter than 5 min and ignored; exactly 5 min is not shorter and counts.
        Assert.Equal(5m, up.DowntimeMinutes);
        Assert.Null(up.Outages[0].Counted);
    }

    [Fact]
    public void The_minimum_applies_to_the_merged_outage()
    {
        // Two 3-minute outages that overlap make one 5-minute outage: it counts although each alone would not.
        var report = Evaluate(UptimeWithMinimum, "2026-10", [
            Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T10:03"),
            Incident("B", started: "2026-10-03T10:02", restored: "2026-10-03T10:05"),
        ]);
        Assert.Equal(5m, report.Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void The_minimum_applies_to_the_whole_length_before_clipping()
    {
        // 31 Oct 23:58 → 1 Nov 00:08 is 10 min long: both parts count (2 min in October, 8 in November), although
        // the October part alone is shorter than 5 min.
        Incident[] log = [Incident("A", started: "2026-10-31T23:58", restored: "2026-11-01T00:08")];
        Assert.Equal(2m, Evaluate(UptimeWithMinimum, "2026-10", log).Clause("up").DowntimeMinutes);
        Assert.Equal(8m, Evaluate(UptimeWithMinimum, "2026-11", log).Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void Downtime_from_reported_uses_the_reported_time()
    {
        const string body = """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              downtime from reported to restored
            }
            """;
        var report = Evaluate(body, "2026-10", [Incident("A", started: "2026-10-03T09:00", reported: "2026-10-03T09:40", restored: "2026-10-03T10:00")]);
        Assert.Equal(20m, report.Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void Incidents_for_other_clauses_do_not_count_and_an_empty_clause_counts_everywhere()
    {
        const string body = """
            clause up "在线" / "Uptime" { availability 99.9% per month }
            clause power "电力" / "Power" { availability 99.9% per month }
            """;
        var report = Evaluate(body, "2026-10", [
            Incident("P", clause: "power", started: "2026-10-03T10:00", restored: "2026-10-03T10:10"),
            Incident("ALL", started: "2026-10-04T10:00", restored: "2026-10-04T10:30"),
        ]);
        Assert.Equal(30m, report.Clause("up").DowntimeMinutes);
        Assert.Equal(40m, report.Clause("power").DowntimeMinutes);
    }

    [Fact]
    public void Availability_and_breach_at_the_exact_allowance()
    {
        // October has 44640 min; 99.9% allows 44.64 min = 44 min 38.4 s. Exactly that is met; one second more breaks.
        var exact = Evaluate(Uptime, "2026-10", [Incident("A", started: "2026-10-03T10:00:00", restored: "2026-10-03T10:44:38.4")]).Clause("up");
        Assert.Equal(99.9m, exact.Availability);
        Assert.False(exact.Breached);
        var over = Evaluate(Uptime, "2026-10", [Incident("A", started: "2026-10-03T10:00:00", restored: "2026-10-03T10:44:39.4")]).Clause("up");
        Assert.True(over.Breached);
    }

    [Fact]
    public void Max_downtime_breaks_only_when_exceeded()
    {
        const string body = """
            clause up "在线" / "Uptime" {
              max downtime 44 min per month
            }
            """;
        Assert.False(Evaluate(body, "2026-10", [Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T10:44")]).Clause("up").Breached);
        Assert.True(Evaluate(body, "2026-10", [Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T10:44:01")]).Clause("up").Breached);
    }

    [Fact]
    public void Outage_union_is_independent_of_log_order() =>
        Assert.Equal(
            IntervalSet.Merge([new Outage(new NodaTime.Interval(At("2026-10-03T10:20"), At("2026-10-03T10:50")), "B"), new Outage(new NodaTime.Interval(At("2026-10-03T10:00"), At("2026-10-03T10:30")), "A")])[0].Interval,
            IntervalSet.Merge([new Outage(new NodaTime.Interval(At("2026-10-03T10:00"), At("2026-10-03T10:30")), "A"), new Outage(new NodaTime.Interval(At("2026-10-03T10:20"), At("2026-10-03T10:50")), "B")])[0].Interval);
}
