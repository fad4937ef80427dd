using Pledge.Runtime.Reports;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>
/// §5 Deadlines on business calendars. October 2026: the 1st is a Thursday; 1–7 October are holidays here;
/// Friday the 9th, Monday the 12th.
/// </summary>
public class DeadlineTests
{
    private const string Office = """
        calendar office "办公时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
          holidays 2026-10-01..2026-10-07
        }

        """;

    private static MilestoneVerdict Respond(string commitment, string reported, string? responded = null, string period = "2026-10")
    {
        var body = Office + $$"""
            clause fix "处理" / "Fix" {
              clock office
              {{commitment}}
            }
            """;
        return Evaluate(body, period, [Incident("A", reported: reported, responded: responded)]).Clause("fix").Milestone("A", "respond");
    }

    [Fact]
    public void Working_time_used_up_at_close_of_business_ends_that_day()
    {
        // Friday 17:00 + 60 working minutes on 09:00–18:00 is Friday 18:00, not Monday 09:00.
        Assert.Equal(At("2026-10-09T18:00"), Respond("respond within 60 min", "2026-10-09T17:00").Due);
    }

    [Fact]
    public void Deadlines_skip_the_weekend()
    {
        // Friday 17:30 + 60 min: 30 min on Friday, 30 on Monday.
        Assert.Equal(At("2026-10-12T09:30"), Respond("respond within 60 min", "2026-10-09T17:30").Due);
    }

    [Fact]
    public void Deadlines_skip_the_night()
    {
        // Thursday 8 October 17:30 + 2 h: 30 min on Thursday, 90 min on Friday from 09:00.
        Assert.Equal(At("2026-10-09T10:30"), Respond("respond within 2 h", "2026-10-08T17:30").Due);
    }

    [Fact]
    public void Deadlines_skip_holidays()
    {
        // Wednesday 30 September 17:30 + 60 min: the 1st to 7th are holidays, so 30 min on Thursday the 8th.
        Assert.Equal(At("2026-10-08T09:30"), Respond("respond within 60 min", "2026-09-30T17:30").Due);
    }

    [Fact]
    public void A_start_outside_working_hours_waits_for_the_next_opening()
    {
        // Saturday 10 October 11:00 + 30 min: Monday 09:30.
        Assert.Equal(At("2026-10-12T09:30"), Respond("respond within 30 min", "2026-10-10T11:00").Due);
    }

    [Fact]
    public void Business_days_are_multiples_of_the_daily_hours()
    {
        // 2 business days = 18 working hours. Friday 17:00: 1 h Friday, 9 h Monday, 8 h Tuesday → Tuesday 17:00.
        Assert.Equal(At("2026-10-13T17:00"), Respond("respond within 2 business days", "2026-10-09T17:00").Due);
    }

    [Fact]
    public void Next_business_day_is_the_close_of_the_first_working_day_after()
    {
        Assert.Equal(At("2026-10-12T18:00"), Respond("respond by next business day", "2026-10-09T10:00").Due);
        // From Wednesday 30 September: the next working day is Thursday 8 October.
        Assert.Equal(At("2026-10-08T18:00"), Respond("respond by next business day", "2026-09-30T10:00").Due);
    }

    [Fact]
    public void End_of_business_day_N_counts_working_days()
    {
        // From Friday 9 October: Monday is day 1, Tuesday day 2.
        Assert.Equal(At("2026-10-13T18:00"), Respond("respond by end of business day 2", "2026-10-09T10:00").Due);
    }

    [Fact]
    public void A_deadline_on_another_calendar()
    {
        var body = Office + """
            clause fix "处理" / "Fix" {
              respond within 1 h on office
              resolve within 1 h
            }
            """;
        var fix = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-09T17:30")]).Clause("fix");
        Assert.Equal(At("2026-10-12T09:30"), fix.Milestone("A", "respond").Due);
        Assert.Equal(At("2026-10-09T18:30"), fix.Milestone("A", "resolve").Due);
    }

    [Fact]
    public void A_calendar_in_its_own_zone()
    {
        var body = """
            calendar ny "纽约" / "New York" {
              days Mon-Fri
              hours 09:00-17:00
              timezone "America/New_York"
            }
            clause fix "处理" / "Fix" {
              clock ny
              respond within 1 h
            }
            """;
        // Friday 9 October 2026 04:30 in Shanghai is Thursday 16:30 in New York (−04:00): 30 min Thursday, 30 min Friday.
        var due = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-09T04:30")]).Clause("fix").Milestone("A", "respond").Due;
        Assert.Equal(At("2026-10-09T09:30-04:00"), due);
    }

    [Fact]
    public void A_continuous_weekly_span()
    {
        var body = """
            calendar weekdays "24x5" / "24x5" {
              span Mon 09:00 - Fri 17:00
            }
            clause fix "处理" / "Fix" {
              clock weekdays
              respond within 2 h
            }
            """;
        // Friday 16:00 + 2 h: 1 h on Friday up to 17:00, 1 h from Monday 09:00.
        var due = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-16T16:00")]).Clause("fix").Milestone("A", "respond").Due;
        Assert.Equal(At("2026-10-19T10:00"), due);
    }

    [Fact]
    public void Met_at_the_deadline_and_missed_a_second_later()
    {
        Assert.Equal(MilestoneStatus.Met, Respond("respond within 60 min", "2026-10-09T17:00", "2026-10-09T18:00").Status);
        var missed = Respond("respond within 60 min", "2026-10-09T17:00", "2026-10-12T09:00:00");
        Assert.Equal(MilestoneStatus.Missed, missed.Status);
        // Lateness is elapsed time: Friday 18:00 → Monday 09:00 is 63 h.
        Assert.Equal(63m * 60, missed.LateMinutes());
    }

    [Fact]
    public void An_open_milestone_is_late_until_the_period_end()
    {
        var open = Respond("respond within 60 min", "2026-10-30T09:00");
        Assert.Equal(MilestoneStatus.Open, open.Status);
        // Due Friday 30 October 10:00; the period ends 1 November 00:00: 38 h late.
        Assert.Equal(38m * 60, open.LateMinutes());
    }

    [Fact]
    public void A_deadline_after_the_period_is_pending_and_judged_in_its_own_period()
    {
        // Friday 30 October 17:30 + 60 min: Monday 2 November 09:30.
        var pending = Respond("respond within 60 min", "2026-10-30T17:30", "2026-11-02T10:00");
        Assert.Equal(MilestoneStatus.Pending, pending.Status);
        var november = Respond("respond within 60 min", "2026-10-30T17:30", "2026-11-02T10:00", period: "2026-11");
        Assert.Equal(MilestoneStatus.Missed, november.Status);
        Assert.Equal(30m, november.LateMinutes());
    }

    [Fact]
    public void An_empty_start_event_leaves_the_milestone_pending()
    {
        var body = """
            clause fix "处理" / "Fix" {
              respond within 1 h after acknowledged
            }
            """;
        var m = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-09T10:00")]).Clause("fix").Milestone("A", "respond");
        Assert.Equal(MilestoneStatus.Pending, m.Status);
        Assert.Contains("acknowledged", m.Reason);
    }

    [Fact]
    public void Lateness_uses_the_event_time_after_the_period_end()
    {
        var body = """
            clause fix "处理" / "Fix" {
              restore within 2 h
            }
            """;
        // Due 31 October 12:00, restored 2 November 12:00: missed by 48 h, judged in October.
        var m = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-31T10:00", restored: "2026-11-02T12:00")]).Clause("fix").Milestone("A", "restore");
        Assert.Equal(MilestoneStatus.Missed, m.Status);
        Assert.Equal(48m * 60, m.LateMinutes());
    }

    [Fact]
    public void A_matrix_uses_the_row_of_the_severity_and_its_anchors()
    {
        var body = """
            clause fix "处理" / "Fix" {
              matrix {
                severity | respond | resolve
                critical | 15 min  | 4 h
                minor    | 1 h     | -
              }
              resolve after responded
            }
            """;
        var fix = Evaluate(body, "2026-10", [
            Incident("C", severity: "critical", reported: "2026-10-09T10:00", responded: "2026-10-09T10:20", resolved: "2026-10-09T14:10"),
            Incident("M", severity: "minor", reported: "2026-10-09T10:00", responded: "2026-10-09T10:50"),
            Incident("N", reported: "2026-10-09T10:00"),
        ]).Clause("fix");
        Assert.Equal(MilestoneStatus.Missed, fix.Milestone("C", "respond").Status);
        // Resolve runs from `responded` (10:20): due 14:20, resolved 14:10.
        Assert.Equal(MilestoneStatus.Met, fix.Milestone("C", "resolve").Status);
        Assert.Equal(MilestoneStatus.Met, fix.Milestone("M", "respond").Status);
        Assert.DoesNotContain(fix.Incidents.Single(i => i.Id == "M").Milestones, m => m.Milestone == "resolve");
        Assert.Equal(MilestoneStatus.NotJudged, fix.Milestone("N", "respond").Status);
    }
}
