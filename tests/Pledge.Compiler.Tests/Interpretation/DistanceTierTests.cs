using Pledge.Runtime.Reports;
using Xunit;
using static Pledge.Compiler.Tests.Interpretation.EvalKit;

namespace Pledge.Compiler.Tests.Interpretation;

/// <summary>§5 Distance tiers: the first tier whose bound is ≥ the distance; `beyond` catches the rest.</summary>
public class DistanceTierTests
{
    private const string Onsite = """
        clause onsite "现场" / "On-site" {
          arrive by distance {
            up to 50 km  : 2 h
            up to 100 km : 4 h
            up to 800 km : -
            beyond       : 24 h
          }
        }
        """;

    private static MilestoneVerdict Arrive(decimal? km) =>
        Evaluate(Onsite, "2026-10", [Incident("A", reported: "2026-10-09T10:00", km: km)]).Clause("onsite").Milestone("A", "arrive");

    [Theory]
    [InlineData(0, "2026-10-09T12:00")]
    [InlineData(50, "2026-10-09T12:00")]
    [InlineData(50.1, "2026-10-09T14:00")]
    [InlineData(100, "2026-10-09T14:00")]
    [InlineData(801, "2026-10-10T10:00")]
    public void The_first_tier_whose_bound_covers_the_distance(double km, string due) =>
        Assert.Equal(At(due), Arrive((decimal)km).Due);

    [Fact]
    public void An_empty_distance_is_not_judged()
    {
        var m = Arrive(null);
        Assert.Equal(MilestoneStatus.NotJudged, m.Status);
        Assert.Contains("distance_km", m.Reason);
    }

    [Fact]
    public void A_tier_without_commitment_is_not_judged()
    {
        var m = Arrive(300);
        Assert.Equal(MilestoneStatus.NotJudged, m.Status);
        Assert.Contains("300 km", m.Reason);
    }
}
