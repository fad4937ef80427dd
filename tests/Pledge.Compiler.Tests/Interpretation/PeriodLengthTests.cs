using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 Periods: calendar periods in the contract's zone, with their real length.</summary>
public class PeriodLengthTests
{
    private const string Uptime = """
        clause up "在线" / "Uptime" {
          availability 99.9% per month
        }
        """;

    [Fact]
    public void March_in_New_York_is_an_hour_shorter()
    {
        // DST starts on 8 March 2026: 31 days − 1 h = 44580 min.
        var report = Evaluate(Uptime, "2026-03", [], header: Header("America/New_York"));
        Assert.Equal(44580m, report.Clause("up").PeriodMinutes);
    }

    [Fact]
    public void November_in_New_York_is_an_hour_longer()
    {
        // DST ends on 1 November 2026: 30 days + 1 h = 43260 min.
        var report = Evaluate(Uptime, "2026-11", [], header: Header("America/New_York"));
        Assert.Equal(43260m, report.Clause("up").PeriodMinutes);
    }

    [Fact]
    public void Availability_uses_the_real_length()
    {
        // 44.58 min of downtime in New York's March (44580 min) is exactly 99.9%: met. In a 31-day month it would be 99.90013…%.
        var report = Evaluate(Uptime, "2026-03", [
            Incident("A", started: "2026-03-10T10:00:00", restored: "2026-03-10T10:44:34.8", offset: "-04:00"),
        ], header: Header("America/New_York"));
        var up = report.Clause("up");
        Assert.Equal(99.9m, up.Availability);
        Assert.False(up.Breached);
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days()
    {
        Assert.Equal(29m * 1440, Evaluate(Uptime, "2028-02", []).Clause("up").PeriodMinutes);
        Assert.Equal(28m * 1440, Evaluate(Uptime, "2026-02", []).Clause("up").PeriodMinutes);
    }

    [Fact]
    public void Periods_start_at_midnight_in_the_contract_zone()
    {
        // 2026-10-01T00:00+08:00 is 2026-09-30T16:00Z: an outage at 17:00Z on 30 September falls in October.
        var report = Evaluate(Uptime, "2026-10", [Incident("A", started: "2026-09-30T17:00:00Z", restored: "2026-09-30T17:10:00Z")]);
        Assert.Equal(10m, report.Clause("up").DowntimeMinutes);
    }

    [Fact]
    public void A_longer_period_evaluates_each_month_on_its_own()
    {
        var report = Evaluate(Uptime, "2026-Q4", [Incident("A", started: "2026-11-03T10:00", restored: "2026-11-03T11:00")]);
        Assert.Equal(["2026-10", "2026-11", "2026-12"], report.Clauses.Select(c => c.Period.Label));
        Assert.Equal([0m, 60m, 0m], report.Clauses.Select(c => c.DowntimeMinutes!.Value));
        Assert.Equal([false, true, false], report.Clauses.Select(c => c.Breached));
    }

    [Fact]
    public void A_shorter_period_is_a_usage_error()
    {
        const string quarterly = """
            clause up "在线" / "Uptime" {
              availability 99.9% per quarter
            }
            """;
        var e = Assert.Throws<EvaluationInputException>(() => Evaluate(quarterly, "2026-10", []));
        Assert.Contains("shorter", e.Message);
    }
}
