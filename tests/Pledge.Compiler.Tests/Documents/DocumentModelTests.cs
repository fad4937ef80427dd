using Xunit;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Tests.Documents;

public sealed class DocumentModelTests
{
    private static readonly ContractDocument Full = DocumentSamples.Build(DocumentSamples.Full);

    [Fact]
    public void Articles_are_numbered_in_source_order_with_top_level_exclusions_last()
    {
        Assert.Equal(["connectivity", "faults", "onsite", "complaints", "credits", "paint", "fm"], Full.Articles.Select(a => a.Name));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Full.Articles.Select(a => a.Number));
        Assert.Equal(ArticleKind.Warranty, Full.Articles[5].Kind);
        Assert.Equal(ArticleKind.Exclusion, Full.Articles[6].Kind);
    }

    [Fact]
    public void Clause_items_keep_the_order_they_were_written_in()
    {
        Assert.Equal(
            ["definition", "availability", "max-downtime", "downtime", "exclude-causes", "exclude-unreported", "exclude-planned", "ignore", "remedy-waive", "claim", "text"],
            Full.Articles[0].Items.Select(i => i.Kind));
    }

    [Fact]
    public void Availability_carries_what_it_allows_in_the_shortest_and_longest_month()
    {
        var availability = Full.Articles[0].Items.OfType<AvailabilityItem>().Single();
        Assert.Equal(99.9m, availability.Percent.Value);
        Assert.Equal(PeriodUnit.Month, availability.Period);
        Assert.Equal([28, 29, 30, 31], availability.Allowances.Select(a => a.Days));
        Assert.Equal(40.32m, availability.Allowances[0].Allowed.Amount);
        Assert.Equal(43.2m, availability.Allowances[2].Allowed.Amount);
        Assert.Equal(44.64m, availability.Allowances[^1].Allowed.Amount);
    }

    [Fact]
    public void Values_are_typed_not_text()
    {
        var items = Full.Articles.SelectMany(a => a.Items).ToList();
        Assert.Equal(new DurationValue(40, DurationUnit.Minute), items.OfType<MaxDowntimeItem>().Single().Duration);
        var penalty = items.OfType<PenaltyRemedyItem>().Single();
        Assert.Equal(0.25m, penalty.Percent.Value);
        Assert.Equal(LatenessCounting.Started, penalty.Counting);
        Assert.Equal(CapScope.InTotal, penalty.Cap!.Scope);
        Assert.Equal(new MoneyValue(1000m, "CNY", 2), items.OfType<PayRemedyItem>().Single().Amount);
        var matrix = items.OfType<MatrixItem>().Single();
        Assert.Equal([Milestone.Respond, Milestone.Resolve], matrix.Columns.Select(c => c.Milestone));
        Assert.Equal(new DurationValue(15, DurationUnit.Minute), matrix.Rows[0].Cells[0]!.Duration);
        Assert.Equal(1, matrix.Rows[1].Cells[1]!.CloseOfBusinessDay);
        var distance = items.OfType<DistanceItem>().Single();
        Assert.Equal(new DistanceValue(50, "km"), distance.Tiers[0].UpTo);
        Assert.Null(distance.Tiers[2].Deadline);
        Assert.Equal(new DistanceValue(100, "km"), distance.Tiers[2].Beyond);
        var credit = items.OfType<CreditRemedyItem>().Single();
        Assert.Equal([99.95m, 99.0m], credit.Rows.Select(r => r.Threshold.Value));
    }

    [Fact]
    public void Warranty_items_state_duration_coverage_exclusions_and_replacement()
    {
        var warranty = Full.Articles[5].Items;
        Assert.Equal(["warranty-duration", "warranty-covers", "warranty-excludes", "warranty-outside", "warranty-replacement"], warranty.Select(i => i.Kind));
        var covers = warranty.OfType<WarrantyCoversItem>().Single();
        Assert.Equal(CoverageKind.RepairUpTo, covers.Items[1].Coverage.Options[0].Kind);
        Assert.Equal(5m, covers.Items[1].Coverage.Options[0].Percent!.Value.Value);
        var excludes = warranty.OfType<WarrantyExcludesItem>().Single();
        Assert.Single(excludes.Texts);
        Assert.Single(excludes.Causes);
    }

    [Theory]
    [InlineData("2026-03-15", 1, DurationUnit.Year, "2027-03-14")]
    [InlineData("2028-02-29", 1, DurationUnit.Year, "2029-02-28")]
    [InlineData("2026-01-31", 1, DurationUnit.Month, "2026-02-28")]
    [InlineData("2026-10-01", 12, DurationUnit.Month, "2027-09-30")]
    [InlineData("2026-10-01", 30, DurationUnit.Day, "2026-10-30")]
    public void Warranty_end_date_follows_the_language_rule(string start, int amount, DurationUnit unit, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay), WarrantyPeriod.LastDay(DateOnly.Parse(start), new WrittenDuration(amount, unit)));

    [Fact]
    public void A_fixed_start_date_gives_the_computed_last_day()
    {
        var document = DocumentSamples.Build("""
            contract w "保修" / "Warranty"
            languages zh-CN, en
            warranty w "保修" / "Warranty" {
              duration 1 year from 2028-02-29
              covers x "项目" / "item" : replace
            }
            """);
        var duration = document.Articles[0].Items.OfType<WarrantyDurationItem>().Single();
        Assert.Equal(new DateOnly(2028, 2, 29), duration.StartDate);
        Assert.Equal(new DateOnly(2029, 2, 28), duration.LastDay);
    }

    [Theory]
    [InlineData(9000, DurationUnit.Year)]
    [InlineData(3_000_000, DurationUnit.Day)]
    public void A_warranty_that_would_end_past_the_calendar_has_no_end_date(int amount, DurationUnit unit) =>
        Assert.Null(WarrantyPeriod.LastDay(new DateOnly(2026, 1, 1), new WrittenDuration(amount, unit)));

    [Fact]
    public void A_document_with_an_absurd_warranty_still_builds()
    {
        var document = DocumentSamples.Build("""
            contract w "保修" / "Warranty"
            languages zh-CN, en
            warranty w "保修" / "Warranty" {
              duration 9000 years from 2026-01-01
              covers x "项目" / "item" : replace
            }
            """);
        Assert.Null(document.Articles[0].Items.OfType<WarrantyDurationItem>().Single().LastDay);
    }
}
