using System.Collections.Immutable;
using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;

namespace Pledge.Dsl.Parsing;

/// <summary>Texts, quantities, deadlines and lists: the pieces that items are made of.</summary>
internal static class ValueGrammar
{
    public static Parser<SeparatedListSyntax<T>> SeparatedBy<T>(Parser<T> item, Parser<SyntaxToken> separator) where T : SyntaxElement =>
        from first in item
        from rest in (from sep in separator from next in item select (sep, next)).XMany()
        select new SeparatedListSyntax<T>([first, .. rest.Select(r => r.next)], [.. rest.Select(r => r.sep)]);

    public static readonly Parser<StringLiteralSyntax> StringLiteral = StringToken.Select(t => new StringLiteralSyntax(t));

    /// <summary>`"中文" / "English"`: one or more strings joined by `/`.</summary>
    public static readonly Parser<TextSyntax> BilingualText =
        SeparatedBy(StringLiteral, Slash).Select(parts => new TextSyntax(parts))
            .Named("a text in quotes such as `\"客户\" / \"Customer\"`");

    public static readonly Parser<SyntaxToken> Name = Identifier;

    public static readonly Parser<SyntaxToken> Event = OneOf(Keywords.Events, "an incident event (`started`, `reported`, `acknowledged`, `responded`, `arrived`, `restored`, `resolved`)");

    public static readonly Parser<SyntaxToken> Milestone = OneOf(Keywords.Milestones, "a milestone (`acknowledge`, `respond`, `arrive`, `restore`, `resolve`, `report`)");

    public static readonly Parser<SyntaxToken> Period = OneOf(Keywords.Periods, "a period (`day`, `week`, `month`, `quarter`, `year`)");

    public static readonly Parser<PerPeriodSyntax> PerPeriod =
        from per in Keyword("per")
        from period in Period
        select new PerPeriodSyntax(per, period);

    private static readonly Parser<SyntaxToken> SingleWordUnit = Unit(
        ["min", "minute", "minutes", "h", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"],
        "a unit (`min`, `h`, `days`, `business days`, `weeks`, `months`, `years`)");

    private static readonly Parser<ImmutableArray<SyntaxToken>> DurationUnitWords =
        (from business in Unit(["business"], "`business`")
         from unit in Unit(["day", "days", "hour", "hours"], "`day`, `days`, `hour` or `hours`")
         select ImmutableArray.Create(business, unit))
        .Or(SingleWordUnit.Select(t => ImmutableArray.Create(t)))
        .Named("a unit (`min`, `h`, `days`, `business days`, `weeks`, `months`, `years`)");

    /// <summary>`30 min`, `2 h`, `5 days`, `1 business day`, `12 months`.</summary>
    public static readonly Parser<DurationSyntax> Duration =
        (from number in Number
         from unit in DurationUnitWords
         select new DurationSyntax(number, unit))
        .Named("a duration such as `30 min`");

    /// <summary>`10000 CNY`.</summary>
    public static readonly Parser<MoneySyntax> Money =
        (from number in Number
         from currency in CurrencyCode
         select new MoneySyntax(number, currency))
        .Named("an amount of money such as `10000 CNY`");

    /// <summary>`50 km`, `100 mi`.</summary>
    public static readonly Parser<DistanceSyntax> Distance =
        (from number in Number
         from unit in Unit(Keywords.DistanceUnits, "`km` or `mi`")
         select new DistanceSyntax(number, unit))
        .Named("a distance such as `50 km`");

    public static readonly Parser<OnCalendarSyntax> OnCalendar =
        from onKeyword in Keyword("on")
        from calendar in Name
        select new OnCalendarSyntax(onKeyword, calendar);

    private static readonly Parser<DeadlineSyntax> NoCommitment = Dash.Select(d => (DeadlineSyntax)new NoCommitmentSyntax(d));

    private static readonly Parser<DeadlineSyntax> NextBusinessDay =
        from words in Phrase("next", "business", "day")
        from onCalendar in OnCalendar.XOptional()
        select (DeadlineSyntax)new NextBusinessDaySyntax(words, onCalendar.GetOrDefault());

    private static readonly Parser<DeadlineSyntax> EndOfBusinessDay =
        from words in Phrase("end", "of", "business", "day")
        from day in Number
        from onCalendar in OnCalendar.XOptional()
        select (DeadlineSyntax)new EndOfBusinessDaySyntax(words, day, onCalendar.GetOrDefault());

    private static readonly Parser<DeadlineSyntax> DurationDeadline =
        from duration in Duration
        from onCalendar in OnCalendar.XOptional()
        select (DeadlineSyntax)new DurationDeadlineSyntax(duration, onCalendar.GetOrDefault());

    /// <summary>A deadline without the `-` form: what `within` and `by` accept.</summary>
    public static readonly Parser<DeadlineSyntax> CommittedDeadline =
        DurationDeadline.Or(NextBusinessDay).Or(EndOfBusinessDay)
            .Named("a deadline such as `4 h`, `2 business days` or `next business day`");

    /// <summary>A matrix cell or a distance tier: a deadline, or `-` for no commitment.</summary>
    public static readonly Parser<DeadlineSyntax> Deadline =
        NoCommitment.Or(CommittedDeadline)
            .Named("a deadline such as `4 h`, `2 business days`, `next business day` or `-`");
}
