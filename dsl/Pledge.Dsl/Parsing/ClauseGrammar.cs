using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;
using static Pledge.Dsl.Parsing.ValueGrammar;

namespace Pledge.Dsl.Parsing;

/// <summary>Items of `clause` blocks (remedies are in <see cref="RemedyGrammar"/>).</summary>
internal static class ClauseGrammar
{
    public static readonly Parser<SyntaxNode> Define =
        from keyword in Keyword("define")
        from term in BilingualText
        from colon in Colon
        from definition in BilingualText
        select (SyntaxNode)new DefineItemSyntax(keyword, term, colon, definition);

    public static readonly Parser<SyntaxNode> Availability =
        from keyword in Keyword("availability")
        from percentage in Percentage
        from per in PerPeriod.XOptional()
        select (SyntaxNode)new AvailabilityItemSyntax(keyword, percentage, per.GetOrDefault());

    public static readonly Parser<SyntaxNode> MaxDowntime =
        from keywords in Phrase("max", "downtime")
        from duration in Duration
        from per in PerPeriod.XOptional()
        select (SyntaxNode)new MaxDowntimeItemSyntax(keywords, duration, per.GetOrDefault());

    public static readonly Parser<SyntaxNode> Downtime =
        from keyword in Keyword("downtime")
        from fromKeyword in Keyword("from")
        from fromEvent in Event
        from toKeyword in Keyword("to")
        from toEvent in Event
        select (SyntaxNode)new DowntimeItemSyntax(keyword, fromKeyword, fromEvent, toKeyword, toEvent);

    private static readonly Parser<SyntaxNode> ExcludeCauses =
        from keywords in Phrase("exclude", "causes")
        from causes in SeparatedBy(Name, Comma)
        select (SyntaxNode)new ExcludeCausesItemSyntax(keywords, causes);

    private static readonly Parser<SyntaxNode> ExcludeUnreported =
        from keywords in Phrase("exclude", "unreported", "after")
        from window in Duration
        select (SyntaxNode)new ExcludeUnreportedItemSyntax(keywords, window);

    private static readonly Parser<AtMostSyntax> AtMost =
        from comma in Comma
        from keywords in Phrase("at", "most")
        from count in Number
        from per in PerPeriod
        select new AtMostSyntax(comma, keywords, count, per);

    private static readonly Parser<SyntaxNode> ExcludePlanned =
        from keywords in Phrase("exclude", "planned")
        from cause in Name
        from notice in Phrase("with", "notice")
        from duration in Duration
        from onCalendar in OnCalendar.XOptional()
        from atMost in AtMost.XOptional()
        select (SyntaxNode)new ExcludePlannedItemSyntax(keywords, cause, notice, duration, onCalendar.GetOrDefault(), atMost.GetOrDefault());

    public static readonly Parser<SyntaxNode> Exclude =
        ExcludeCauses.Or(ExcludeUnreported).Or(ExcludePlanned)
            .Named("`exclude causes`, `exclude unreported after` or `exclude planned`");

    public static readonly Parser<SyntaxNode> IgnoreOutages =
        from keywords in Phrase("ignore", "outages", "shorter", "than")
        from duration in Duration
        select (SyntaxNode)new IgnoreOutagesItemSyntax(keywords, duration);

    public static readonly Parser<SyntaxNode> Clock =
        from keyword in Keyword("clock")
        from clock in Keyword("24x7").Or(Name).Named("`24x7` or a calendar name")
        select (SyntaxNode)new ClockItemSyntax(keyword, clock);

    private static readonly Parser<MatrixHeaderSyntax> MatrixHeader =
        from severity in Keyword("severity")
        from cells in (from pipe in Pipe from milestone in Milestone select new MatrixHeaderCellSyntax(pipe, milestone)).XMany()
        select new MatrixHeaderSyntax(severity, [.. cells]);

    private static readonly Parser<SyntaxNode> MatrixRow =
        from severity in Name
        from cells in (from pipe in Pipe from deadline in Deadline select new MatrixCellSyntax(pipe, deadline)).XMany()
        select (SyntaxNode)new MatrixRowSyntax(severity, [.. cells]);

    public static readonly Parser<SyntaxNode> Matrix =
        from keyword in Keyword("matrix")
        from open in LeftBrace
        from header in MatrixHeader.Named("the header row `severity | respond | …`")
        from rows in MatrixRow.XMany()
        from close in RightBrace.Named("a severity name, or `}`")
        select (SyntaxNode)new MatrixItemSyntax(keyword, open, header, [.. rows], close);

    private static readonly Parser<AnchorSyntax> Anchor =
        from after in Keyword("after")
        from @event in Event
        select new AnchorSyntax(after, @event);

    private static readonly Parser<SyntaxNode> Within =
        from milestone in Milestone
        from keyword in Keyword("within")
        from deadline in CommittedDeadline
        from anchor in Anchor.XOptional()
        from onCalendar in OnCalendar.XOptional()
        select (SyntaxNode)new CommitmentItemSyntax(milestone, keyword, deadline, anchor.GetOrDefault(), onCalendar.GetOrDefault());

    private static readonly Parser<SyntaxNode> DistanceTier =
        from keywords in Phrase("up", "to").Or(Keyword("beyond").Select(t => System.Collections.Immutable.ImmutableArray.Create(t)))
            .Named("`up to` or `beyond`")
        from distance in keywords.Length == 2 ? Distance.Select(d => (DistanceSyntax?)d) : Parse.Return<DistanceSyntax?>(null)
        from colon in Colon
        from deadline in Deadline
        select (SyntaxNode)new DistanceTierSyntax(keywords, distance, colon, deadline);

    private static readonly Parser<SyntaxNode> ByDistance =
        from milestone in Milestone
        from keywords in Phrase("by", "distance")
        from open in LeftBrace
        from tiers in DistanceTier.XMany()
        from close in RightBrace.Named("`up to`, `beyond` or `}`")
        select (SyntaxNode)new DistanceCommitmentItemSyntax(milestone, keywords, open, [.. tiers], close);

    private static readonly Parser<SyntaxNode> By =
        from milestone in Milestone
        from keyword in Keyword("by")
        from deadline in CommittedDeadline
        from anchor in Anchor.XOptional()
        from onCalendar in OnCalendar.XOptional()
        select (SyntaxNode)new CommitmentItemSyntax(milestone, keyword, deadline, anchor.GetOrDefault(), onCalendar.GetOrDefault());

    private static readonly Parser<SyntaxNode> MilestoneAnchor =
        from milestone in Milestone
        from anchor in Anchor
        select (SyntaxNode)new MilestoneAnchorItemSyntax(milestone, anchor);

    public static readonly Parser<SyntaxNode> Commitment =
        Within.Or(ByDistance).Or(By).Or(MilestoneAnchor);

    public static readonly Parser<SyntaxNode> Claim =
        from keywords in Phrase("claim", "within")
        from window in Duration
        from after in Phrase("after", "period", "end").Or(Phrase("after", "breach")).Named("`after period end` or `after breach`")
        select (SyntaxNode)new ClaimItemSyntax(keywords, window, after);

    public static readonly IReadOnlyDictionary<string, Parser<SyntaxNode>> Items = BuildItems();

    private static Dictionary<string, Parser<SyntaxNode>> BuildItems()
    {
        var items = new Dictionary<string, Parser<SyntaxNode>>
        {
            ["define"] = Define,
            ["availability"] = Availability,
            ["max"] = MaxDowntime,
            ["downtime"] = Downtime,
            ["exclude"] = Exclude,
            ["ignore"] = IgnoreOutages,
            ["clock"] = Clock,
            ["matrix"] = Matrix,
            ["remedy"] = RemedyGrammar.Remedy,
            ["claim"] = Claim,
            ["text"] = CalendarGrammar.TextItem,
        };
        foreach (var milestone in Keywords.Milestones) items[milestone] = Commitment;
        return items;
    }
}
