using Pledge.Dsl.Syntax;
using Xunit;

namespace Pledge.Dsl.Tests.Parsing;

public class ClauseParsingTests
{
    [Fact]
    public void Define()
    {
        var item = ParseAssert.ClauseItem<DefineItemSyntax>("define \"网络联通\" / \"Connected\" :\n    \"端口可以联通\" /\n    \"the port can reach the backbone\"");
        Assert.Equal("Connected", item.Term.Values[1]);
        Assert.Equal(2, item.Definition.Values.Length);
    }

    [Fact]
    public void AvailabilityWithAndWithoutPeriod()
    {
        var item = ParseAssert.ClauseItem<AvailabilityItemSyntax>("availability 99.9% per month");
        Assert.Equal(99.9m, item.Percentage.Value);
        Assert.Equal("month", item.Per!.Period.Text);
        // A missing period parses: the checks report it (PLG4xxx), the parser must not.
        Assert.Null(ParseAssert.ClauseItem<AvailabilityItemSyntax>("availability 99.9%").Per);
    }

    [Theory]
    [InlineData("44 min", 44, DurationUnit.Minute)]
    [InlineData("2 minutes", 2, DurationUnit.Minute)]
    [InlineData("1 minute", 1, DurationUnit.Minute)]
    [InlineData("2 h", 2, DurationUnit.Hour)]
    [InlineData("3 hours", 3, DurationUnit.Hour)]
    [InlineData("5 days", 5, DurationUnit.Day)]
    [InlineData("1 business day", 1, DurationUnit.BusinessDay)]
    [InlineData("2 business days", 2, DurationUnit.BusinessDay)]
    [InlineData("4 business hours", 4, DurationUnit.BusinessHour)]
    [InlineData("2 weeks", 2, DurationUnit.Week)]
    [InlineData("12 months", 12, DurationUnit.Month)]
    [InlineData("1 year", 1, DurationUnit.Year)]
    [InlineData("0.5 h", 0.5, DurationUnit.Hour)]
    public void DurationUnits(string duration, decimal amount, DurationUnit unit)
    {
        var item = ParseAssert.ClauseItem<MaxDowntimeItemSyntax>($"max downtime {duration} per month");
        Assert.Equal(amount, item.Duration.Amount);
        Assert.Equal(unit, item.Duration.UnitKind);
    }

    [Fact]
    public void DowntimeEvents()
    {
        var item = ParseAssert.ClauseItem<DowntimeItemSyntax>("downtime from reported to restored");
        Assert.Equal("reported", item.FromEvent.Text);
        Assert.Equal("restored", item.ToEvent.Text);
    }

    [Fact]
    public void Exclusions()
    {
        Assert.Equal(2, ParseAssert.ClauseItem<ExcludeCausesItemSyntax>("exclude causes a, b").Causes.Count);
        Assert.Equal(5m, ParseAssert.ClauseItem<ExcludeUnreportedItemSyntax>("exclude unreported after 5 days").Window.Amount);
        var planned = ParseAssert.ClauseItem<ExcludePlannedItemSyntax>("exclude planned scheduled_maintenance with notice 5 days on office, at most 1 per month");
        Assert.Equal("scheduled_maintenance", planned.Cause.Text);
        Assert.Equal("office", planned.On!.Calendar.Text);
        Assert.Equal(1m, planned.AtMost!.Count.Value);
        Assert.Null(ParseAssert.ClauseItem<ExcludePlannedItemSyntax>("exclude planned m with notice 2 days").AtMost);
    }

    [Fact]
    public void IgnoreAndClock()
    {
        Assert.Equal(5m, ParseAssert.ClauseItem<IgnoreOutagesItemSyntax>("ignore outages shorter than 5 min").Duration.Amount);
        Assert.Equal("24x7", ParseAssert.ClauseItem<ClockItemSyntax>("clock 24x7").Clock.Text);
        Assert.Equal(TokenKind.Identifier, ParseAssert.ClauseItem<ClockItemSyntax>("clock office").Clock.Kind);
    }

    [Fact]
    public void Matrix()
    {
        var matrix = ParseAssert.ClauseItem<MatrixItemSyntax>("""
            matrix {
                severity | respond | arrive | resolve
                critical | 15 min  | 30 min | 12 h
                minor    | 1 h     | -      | 1 business day on office
                major    | next business day | end of business day 2 on office | 6 h
              }
            """);
        Assert.Equal(["respond", "arrive", "resolve"], matrix.Header!.Cells.Select(c => c.Milestone.Text));
        var rows = matrix.Rows.Cast<MatrixRowSyntax>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.IsType<NoCommitmentSyntax>(rows[1].Cells[1].Deadline);
        var resolve = Assert.IsType<DurationDeadlineSyntax>(rows[1].Cells[2].Deadline);
        Assert.Equal("office", resolve.On!.Calendar.Text);
        Assert.IsType<NextBusinessDaySyntax>(rows[2].Cells[0].Deadline);
        var end = Assert.IsType<EndOfBusinessDaySyntax>(rows[2].Cells[1].Deadline);
        Assert.Equal(2m, end.Day.Value);
    }

    [Fact]
    public void SingleCommitments()
    {
        var within = ParseAssert.ClauseItem<CommitmentItemSyntax>("respond within 2 h after reported on office");
        Assert.Equal("respond", within.Milestone.Text);
        Assert.Equal("reported", within.Anchor!.Event.Text);
        Assert.Equal("office", within.On!.Calendar.Text);
        var by = ParseAssert.ClauseItem<CommitmentItemSyntax>("resolve by next business day on office");
        Assert.IsType<NextBusinessDaySyntax>(by.Deadline);
        var end = ParseAssert.ClauseItem<CommitmentItemSyntax>("report by end of business day 3");
        Assert.IsType<EndOfBusinessDaySyntax>(end.Deadline);
        var anchor = ParseAssert.ClauseItem<MilestoneAnchorItemSyntax>("arrive after acknowledged");
        Assert.Equal("acknowledged", anchor.Anchor.Event.Text);
    }

    [Fact]
    public void DistanceTiers()
    {
        var item = ParseAssert.ClauseItem<DistanceCommitmentItemSyntax>("""
            arrive by distance {
                up to 50 km  : 2 h
                up to 100 mi : 4 h
                up to 400 km : -
                beyond       : 24 h
              }
            """);
        var tiers = item.Tiers.Cast<DistanceTierSyntax>().ToList();
        Assert.Equal(4, tiers.Count);
        Assert.Equal("mi", tiers[1].Distance!.Unit.Text);
        Assert.IsType<NoCommitmentSyntax>(tiers[2].Deadline);
        Assert.Null(tiers[3].Distance);
    }

    [Fact]
    public void Remedies()
    {
        var waive = ParseAssert.ClauseItem<WaiveRemedySyntax>("remedy waive monthly_fee when breached");
        Assert.Equal("monthly_fee", waive.Parameter.Text);

        var penalty = ParseAssert.ClauseItem<PenaltyRemedySyntax>("remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total");
        Assert.Equal(0.25m, penalty.Percentage.Value);
        Assert.Equal("started", penalty.Counting!.Text);
        Assert.Equal(["in", "total"], penalty.Cap!.Scope.Select(t => t.Text));

        // Missing `started`/`full` and a cap without scope parse; the checks report them.
        var loose = ParseAssert.ClauseItem<PenaltyRemedySyntax>("remedy 1% of fee per hour late, cap 10% of fee");
        Assert.Null(loose.Counting);
        Assert.Empty(loose.Cap!.Scope);

        var credit = ParseAssert.ClauseItem<CreditRemedySyntax>("""
            remedy credit monthly_fee by availability {
                below 99.95%       : 10%
                at or below 99.0%  : 25%
                below 95.0%        : 100%
              }, cap 50% of monthly_fee per period
            """);
        var tiers = credit.Tiers.Cast<CreditTierSyntax>().ToList();
        Assert.Equal(3, tiers.Count);
        Assert.Equal(["at", "or", "below"], tiers[1].Operator.Select(t => t.Text));
        Assert.Equal(["per", "period"], credit.Cap!.Scope.Select(t => t.Text));

        var pay = ParseAssert.ClauseItem<PayRemedySyntax>("remedy pay 1250.50 USD per breach");
        Assert.Equal(1250.50m, pay.Amount.Number.Value);
        Assert.Equal("USD", pay.Amount.Currency.Text);
    }

    [Fact]
    public void ClaimAndText()
    {
        var claim = ParseAssert.ClauseItem<ClaimItemSyntax>("claim within 30 days after period end");
        Assert.Equal(["after", "period", "end"], claim.AfterKeywords.Select(t => t.Text));
        Assert.Equal(["after", "breach"], ParseAssert.ClauseItem<ClaimItemSyntax>("claim within 10 days after breach").AfterKeywords.Select(t => t.Text));
        Assert.Equal("x", ParseAssert.ClauseItem<TextItemSyntax>("text \"x\"").Text.Values[0]);
    }

    [Fact]
    public void Warranty()
    {
        var tree = ParseAssert.Clean("""
            warranty paint "乳胶漆保修" / "Latex paint warranty" {
              duration 1 year from completion
              covers peeling "墙面起皮" / "peeling walls" : free repair
              covers third_party "第三方" / "third parties" : repair up to 5% of contract_value
              covers pump "泵" / "pump" : repair or replace or refund at provider's option
              covers other "其他" / "other" : replace or refund at provider’s option
              excludes "消费者提供的材料" / "materials the customer supplied"
              excludes causes force_majeure, misuse
              outside scope : paid repair "按公布的收费标准" / "at the published rates"
              replacement covered for the remainder or 90 days, whichever is longer
            }
            warranty fixed "固定" / "fixed" {
              duration 12 months from 2026-03-15
              outside scope : paid repair
            }
            """);
        var covers = tree.Root.DescendantNodes().OfType<CoversItemSyntax>().ToList();
        Assert.Equal("free", covers[0].Coverage.Options[0].Qualifier!.Text);
        Assert.Equal(5m, covers[1].Coverage.Options[0].Percentage!.Value);
        Assert.Equal(3, covers[2].Coverage.Options.Count);
        Assert.Equal(3, covers[2].Coverage.ProviderOption.Length);
        Assert.Equal(TokenKind.Date, tree.Root.DescendantNodes().OfType<WarrantyDurationItemSyntax>().Last().Start.Kind);
        Assert.Single(tree.Root.DescendantNodes().OfType<ExcludesCausesItemSyntax>());
        Assert.Single(tree.Root.DescendantNodes().OfType<ReplacementItemSyntax>());
    }
}
