using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;
using static Pledge.Dsl.Parsing.ValueGrammar;

namespace Pledge.Dsl.Parsing;

/// <summary>Items of `calendar` and top-level `exclusion` blocks.</summary>
internal static class CalendarGrammar
{
    private static readonly Parser<SyntaxToken> Weekday = OneOf(Keywords.Weekdays, "a weekday such as `Mon`");

    private static readonly Parser<WeekdayRangeSyntax> WeekdayRange =
        from first in Weekday
        from to in (from dash in Dash from day in Weekday select (dash, day)).XOptional()
        select new WeekdayRangeSyntax(first, to.IsDefined ? to.Get().dash : null, to.IsDefined ? to.Get().day : null);

    private static readonly Parser<TimeRangeSyntax> TimeRange =
        from start in Time
        from dash in Dash
        from end in Time
        select new TimeRangeSyntax(start, dash, end);

    private static readonly Parser<DateRangeSyntax> DateRange =
        from start in Date
        from end in (from dots in DotDot from date in Date select (dots, date)).XOptional()
        select new DateRangeSyntax(start, end.IsDefined ? end.Get().dots : null, end.IsDefined ? end.Get().date : null);

    public static readonly Parser<SyntaxNode> Days =
        from keyword in Keyword("days")
        from ranges in SeparatedBy(WeekdayRange, Comma)
        select (SyntaxNode)new DaysItemSyntax(keyword, ranges);

    public static readonly Parser<SyntaxNode> Hours =
        from keyword in Keyword("hours")
        from ranges in SeparatedBy(TimeRange, Comma)
        select (SyntaxNode)new HoursItemSyntax(keyword, ranges);

    public static readonly Parser<SyntaxNode> Holidays =
        from keyword in Keyword("holidays")
        from ranges in SeparatedBy(DateRange, Comma)
        select (SyntaxNode)new HolidaysItemSyntax(keyword, ranges);

    public static readonly Parser<SyntaxNode> Span =
        from keyword in Keyword("span")
        from fromDay in Weekday
        from fromTime in Time
        from dash in Dash
        from toDay in Weekday
        from toTime in Time
        select (SyntaxNode)new SpanItemSyntax(keyword, fromDay, fromTime, dash, toDay, toTime);

    public static readonly Parser<SyntaxNode> Causes =
        from keyword in Keyword("causes")
        from causes in SeparatedBy(Name, Comma)
        select (SyntaxNode)new CausesItemSyntax(keyword, causes);

    public static readonly Parser<SyntaxNode> TextItem =
        from keyword in Keyword("text")
        from text in BilingualText
        select (SyntaxNode)new TextItemSyntax(keyword, text);

    public static readonly IReadOnlyDictionary<string, Parser<SyntaxNode>> CalendarItems = new Dictionary<string, Parser<SyntaxNode>>
    {
        ["days"] = Days,
        ["hours"] = Hours,
        ["holidays"] = Holidays,
        ["span"] = Span,
        ["timezone"] = DeclarationGrammar.Timezone,
    };

    public static readonly IReadOnlyDictionary<string, Parser<SyntaxNode>> ExclusionItems = new Dictionary<string, Parser<SyntaxNode>>
    {
        ["causes"] = Causes,
        ["text"] = TextItem,
    };
}
