using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 Remedies: credit tiers at exact thresholds, penalties by started or full units, caps, pay, waive.</summary>
public class RemedyTests
{
    private static string Credit(string tiers) => $$"""
        clause up "在线" / "Uptime" {
          availability 99.9% per month
          remedy credit fee by availability {
            {{tiers}}
          }, cap 50% of fee per period
        }
        """;

    /// <summary>October (44640 min) with exactly 1% downtime: 446.4 min, availability exactly 99.0%.</summary>
    private static readonly Runtime.Incidents.Incident[] OnePercentDown =
        [Incident("A", started: "2026-10-03T10:00:00", restored: "2026-10-03T17:26:24")];

    [Fact]
    public void Strict_below_does_not_match_the_exact_threshold()
    {
        var up = Evaluate(Credit("below 99.9% : 10%\n below 99.0% : 25%"), "2026-10", OnePercentDown).Clause("up");
        Assert.Equal(99.0m, up.Availability);
        // 99.0 is not below 99.0: the 10% row applies. 10% of 10000 = 1000.
        Assert.Equal(1000.00m, up.Remedy("credit").Amount.Amount);
    }

    [Fact]
    public void At_or_below_matches_the_exact_threshold()
    {
        var up = Evaluate(Credit("below 99.9% : 10%\n at or below 99.0% : 25%"), "2026-10", OnePercentDown).Clause("up");
        Assert.Equal(2500.00m, up.Remedy("credit").Amount.Amount);
    }

    [Fact]
    public void The_matching_row_with_the_lowest_threshold_wins_and_the_cap_applies()
    {
        // 95.0% and below pays 100%, capped at 50% of the fee: 5000.
        var down = new[] { Incident("A", started: "2026-10-03T00:00", restored: "2026-10-06T00:00") };
        var up = Evaluate(Credit("below 99.9% : 10%\n below 99.0% : 25%\n below 95.0% : 100%"), "2026-10", down).Clause("up");
        Assert.Equal(5000.00m, up.Remedy("credit").Amount.Amount);
    }

    [Fact]
    public void No_credit_when_no_row_matches() =>
        Assert.Equal(0m, Evaluate(Credit("below 99.9% : 10%"), "2026-10", []).Clause("up").Remedy("credit").Amount.Amount);

    private static string Penalty(string counting, string cap = "") => $$"""
        clause fix "恢复" / "Restore" {
          restore within 2 h
          resolve within 4 h
          remedy 1% of value per {{counting}} day late{{cap}}
        }
        """;

    [Fact]
    public void Started_days_round_lateness_up_and_full_days_down()
    {
        // Due 3 October 12:00, restored 4 October 13:00: 25 h late → 2 started days, 1 full day. 1% of 100000 = 1000 a day.
        Runtime.Incidents.Incident[] log = [Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-04T13:00", resolved: "2026-10-03T13:00")];
        Assert.Equal(2000.00m, Evaluate(Penalty("started"), "2026-10", log).Clause("fix").Remedy("penalty").Amount.Amount);
        Assert.Equal(1000.00m, Evaluate(Penalty("full"), "2026-10", log).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void Exactly_one_day_late_is_one_started_day()
    {
        Runtime.Incidents.Incident[] log = [Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-04T12:00", resolved: "2026-10-03T13:00")];
        Assert.Equal(1000.00m, Evaluate(Penalty("started"), "2026-10", log).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void A_penalty_is_charged_once_per_incident_on_its_largest_lateness()
    {
        // restore 25 h late (2 started days), resolve 70 h late (3 started days): charged 3 days, not 5.
        Runtime.Incidents.Incident[] log = [Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-04T13:00", resolved: "2026-10-06T12:00")];
        Assert.Equal(3000.00m, Evaluate(Penalty("started"), "2026-10", log).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    private static readonly Runtime.Incidents.Incident[] TwoLateIncidents =
    [
        // 4 started days each: 4000 + 4000.
        Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-07T11:00", resolved: "2026-10-03T13:00"),
        Incident("B", reported: "2026-10-13T10:00", restored: "2026-10-17T11:00", resolved: "2026-10-13T13:00"),
    ];

    [Fact]
    public void A_cap_per_incident()
    {
        var fix = Evaluate(Penalty("started", ", cap 3% of value per incident"), "2026-10", TwoLateIncidents).Clause("fix");
        Assert.Equal(6000.00m, fix.Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void A_cap_per_period()
    {
        var fix = Evaluate(Penalty("started", ", cap 5% of value per period"), "2026-10", TwoLateIncidents).Clause("fix");
        Assert.Equal(5000.00m, fix.Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void A_cap_in_total_counts_what_was_already_paid()
    {
        var body = Penalty("started", ", cap 10% of value in total");
        Assert.Equal(8000.00m, Evaluate(body, "2026-10", TwoLateIncidents).Clause("fix").Remedy("penalty").Amount.Amount);
        var paid = new Dictionary<string, decimal> { ["fix"] = 7000m };
        Assert.Equal(3000.00m, Evaluate(body, "2026-10", TwoLateIncidents, paid: paid).Clause("fix").Remedy("penalty").Amount.Amount);
        paid["fix"] = 12000m;
        Assert.Equal(0.00m, Evaluate(body, "2026-10", TwoLateIncidents, paid: paid).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void A_cap_in_total_fills_in_order_across_the_months_of_one_evaluation()
    {
        var body = Penalty("started", ", cap 10% of value in total");
        // 8000 in October, 8000 in November: the cap of 10000 leaves 2000 for November.
        Runtime.Incidents.Incident[] log =
        [
            .. TwoLateIncidents,
            Incident("C", reported: "2026-11-03T10:00", restored: "2026-11-07T11:00", resolved: "2026-11-03T13:00"),
            Incident("D", reported: "2026-11-13T10:00", restored: "2026-11-17T11:00", resolved: "2026-11-13T13:00"),
        ];
        var report = Evaluate(body, "2026-Q4", log);
        Assert.Equal(8000.00m, report.Clause("fix", "2026-10").Remedy("penalty").Amount.Amount);
        Assert.Equal(2000.00m, report.Clause("fix", "2026-11").Remedy("penalty").Amount.Amount);
        Assert.Equal(10000.00m, report.Total.Amount);
    }

    [Fact]
    public void Hours_late()
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 2 h
              remedy 0.1% of value per started hour late
            }
            """;
        // 2 h 1 min late → 3 started hours × 100 = 300.
        var log = new[] { Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T14:01") };
        Assert.Equal(300.00m, Evaluate(body, "2026-10", log).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    [Fact]
    public void Pay_per_breach_counts_incidents_with_a_missed_milestone()
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 2 h
              resolve within 4 h
              remedy pay 500 CNY per breach
            }
            """;
        var log = new[]
        {
            Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T13:00", resolved: "2026-10-03T15:00"),
            Incident("B", reported: "2026-10-04T10:00", restored: "2026-10-04T11:00", resolved: "2026-10-04T12:00"),
            Incident("C", reported: "2026-10-05T10:00", restored: "2026-10-05T11:00"),
        };
        // A missed two milestones (one breach), B none, C's resolve is still open (one breach): 2 × 500.
        Assert.Equal(1000.00m, Evaluate(body, "2026-10", log).Clause("fix").Remedy("pay").Amount.Amount);
    }

    [Fact]
    public void Pay_per_breach_once_per_period_for_availability()
    {
        var body = """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              remedy pay 500 CNY per breach
            }
            """;
        var log = new[] { Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T12:00"), Incident("B", started: "2026-10-04T10:00", restored: "2026-10-04T12:00") };
        Assert.Equal(500.00m, Evaluate(body, "2026-10", log).Clause("up").Remedy("pay").Amount.Amount);
    }

    [Fact]
    public void Waive_when_breached()
    {
        var body = """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              remedy waive fee when breached
            }
            """;
        Assert.Equal(0m, Evaluate(body, "2026-10", []).Clause("up").Remedy("waive").Amount.Amount);
        var broken = Evaluate(body, "2026-10", [Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T12:00")]);
        Assert.Equal(10000.00m, broken.Clause("up").Remedy("waive").Amount.Amount);
        Assert.Equal(10000.00m, broken.Total.Amount);
    }

    [Fact]
    public void Waive_when_a_milestone_is_missed()
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 2 h
              remedy waive fee when breached
            }
            """;
        var log = new[] { Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T12:01") };
        Assert.Equal(10000.00m, Evaluate(body, "2026-10", log).Clause("fix").Remedy("waive").Amount.Amount);
    }

    [Fact]
    public void A_missing_money_parameter_is_an_input_error()
    {
        var interpreter = Interpreter("""
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              remedy waive fee when breached
            }
            """);
        var input = new Runtime.Evaluation.EvaluationInput(Runtime.Time.ReportingPeriod.Parse("2026-10"), Runtime.Incidents.IncidentLog.Of());
        var e = Assert.Throws<Runtime.Evaluation.EvaluationInputException>(() => interpreter.Evaluate(input));
        Assert.Contains("fee", e.Message);
    }

    [Fact]
    public void A_remedy_whose_parameter_did_not_resolve_owes_nothing()
    {
        var compilation = Compilation.FromText(Header() + """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              remedy waive nowhere when breached
            }
            """);
        var interpreter = new Pledge.Compiler.Interpretation.ContractInterpreter(compilation.GetSemanticModel(compilation.RootTrees[0]));
        var input = new Runtime.Evaluation.EvaluationInput(Runtime.Time.ReportingPeriod.Parse("2026-10"),
            Runtime.Incidents.IncidentLog.Of(Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T12:00")));
        var line = interpreter.Evaluate(input).Clause("up").Remedy("waive");
        Assert.Equal(0m, line.Amount.Amount);
        Assert.Contains("not declared", line.Explanation);
    }
}
