using NodaTime;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 The claim window's last day, and rounding once per remedy line per period.</summary>
public class ClaimAndRoundingTests
{
    [Fact]
    public void Thirty_days_after_the_end_of_October_is_the_30th_of_November()
    {
        var body = """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              claim within 30 days after period end
            }
            """;
        Assert.Equal(new LocalDate(2026, 11, 30), Evaluate(body, "2026-10", []).Clause("up").ClaimUntil);
    }

    [Fact]
    public void A_claim_after_breach_runs_from_the_first_missed_deadline()
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 2 h
              claim within 10 days after breach
            }
            """;
        // Due 3 October 12:00 and missed: the window ends 13 October 12:00, so the 13th is the last day.
        var fix = Evaluate(body, "2026-10", [Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T15:00")]).Clause("fix");
        Assert.Equal(new LocalDate(2026, 10, 13), fix.ClaimUntil);
        Assert.Null(Evaluate(body, "2026-10", []).Clause("fix").ClaimUntil);
    }

    [Fact]
    public void Each_remedy_line_is_rounded_once_per_period()
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 1 h
              remedy 0.333% of value per started day late
            }
            """;
        // Three incidents one started day late each, 0.333% of 1001 = 3.33333 each: summed unrounded 9.99999 →
        // 10.00 once; rounding each first would give 3 × 3.33 = 9.99.
        var log = new[]
        {
            Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T12:00"),
            Incident("B", reported: "2026-10-04T10:00", restored: "2026-10-04T12:00"),
            Incident("C", reported: "2026-10-05T10:00", restored: "2026-10-05T12:00"),
        };
        Assert.Equal(10.00m, Evaluate(body, "2026-10", log, value: 1001m).Clause("fix").Remedy("penalty").Amount.Amount);
    }

    [Theory]
    [InlineData("half-up 0.01", "10.00")]
    [InlineData("down 0.01", "9.99")]
    [InlineData("up 1", "10")]
    [InlineData("half-even 0.05", "10.00")]
    public void The_contract_rounding_is_used(string rounding, string expected)
    {
        var body = """
            clause fix "恢复" / "Restore" {
              restore within 1 h
              remedy 0.333% of value per started day late
            }
            """;
        var log = new[]
        {
            Incident("A", reported: "2026-10-03T10:00", restored: "2026-10-03T12:00"),
            Incident("B", reported: "2026-10-04T10:00", restored: "2026-10-04T12:00"),
            Incident("C", reported: "2026-10-05T10:00", restored: "2026-10-05T12:00"),
        };
        var report = Evaluate(body, "2026-10", log, value: 1001m, header: Header(rounding: rounding));
        Assert.Equal(expected, Runtime.Amounts.DecimalText.Fixed(report.Total.Amount, report.Rounding.Decimals));
    }

    [Fact]
    public void The_json_report_is_the_same_bytes_for_the_same_input()
    {
        var body = """
            clause up "在线" / "Uptime" {
              availability 99.9% per month
              remedy waive fee when breached
            }
            """;
        var log = new[] { Incident("A", started: "2026-10-03T10:00", restored: "2026-10-03T12:00"), Incident("B", started: "2026-10-03T11:00", restored: "2026-10-03T12:30") };
        var first = Runtime.Reports.ReportJsonWriter.ToBytes(Evaluate(body, "2026-10", log));
        var second = Runtime.Reports.ReportJsonWriter.ToBytes(Evaluate(body, "2026-10", log.Reverse()));
        Assert.Equal(first, second);
    }
}
