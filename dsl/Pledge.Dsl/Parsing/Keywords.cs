using System.Collections.Frozen;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// The one table of keywords. Keywords are contextual: a word is a keyword only where the grammar
/// expects it, so these sets also drive error recovery (where a declaration or an item may start).
/// Localised keyword sets (Chinese, Korean) would be added here as further tables.
/// </summary>
public static class Keywords
{
    /// <summary>Words that start a top-level declaration.</summary>
    public static readonly FrozenSet<string> Declarations = FrozenSet.ToFrozenSet(
    [
        "contract", "languages", "provider", "timezone", "currency", "rounding", "import",
        "parameter", "cause", "severity", "calendar", "exclusion", "clause", "warranty",
    ]);

    /// <summary>The milestones of a response commitment, in the order a fault is handled.</summary>
    public static readonly IReadOnlyList<string> Milestones = ["acknowledge", "respond", "arrive", "restore", "resolve", "report"];

    /// <summary>The incident events that bound outages and anchor deadlines.</summary>
    public static readonly IReadOnlyList<string> Events =
        ["started", "reported", "acknowledged", "responded", "arrived", "restored", "resolved", "report_sent"];

    public static readonly IReadOnlyList<string> Periods = ["day", "week", "month", "quarter", "year"];

    public static readonly IReadOnlyList<string> ParameterTypes = ["text", "money", "date", "number", "percent", "duration"];

    public static readonly IReadOnlyList<string> RoundingModes = ["half-up", "half-even", "half-down", "up", "down"];

    public static readonly IReadOnlyList<string> Weekdays =
    [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    public static readonly IReadOnlyList<string> DistanceUnits = ["km", "mi"];

    public static readonly FrozenSet<string> ClauseItems = FrozenSet.ToFrozenSet(
    [
        "define", "availability", "max", "downtime", "exclude", "ignore", "clock", "matrix", "remedy", "claim", "text",
        .. Milestones,
    ]);

    public static readonly FrozenSet<string> CalendarItems = FrozenSet.ToFrozenSet(["days", "hours", "holidays", "span", "timezone"]);

    public static readonly FrozenSet<string> ExclusionItems = FrozenSet.ToFrozenSet(["causes", "text"]);

    public static readonly FrozenSet<string> WarrantyItems = FrozenSet.ToFrozenSet(["duration", "covers", "excludes", "outside", "replacement"]);

    /// <summary>Every keyword of every context, for completion and syntax colouring.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
        Declarations.Concat(ClauseItems).Concat(CalendarItems).Concat(ExclusionItems).Concat(WarrantyItems)
            .Concat(Milestones).Concat(Events).Concat(Periods).Concat(ParameterTypes).Concat(RoundingModes)
            .Concat(Weekdays).Concat(DistanceUnits)
            .Concat([
                "per", "from", "to", "causes", "unreported", "after", "planned", "with", "notice", "at", "most",
                "outages", "shorter", "than", "24x7", "within", "by", "on", "distance", "up", "beyond", "next",
                "business", "end", "of", "waive", "when", "breached", "started", "full", "late", "cap", "incident",
                "period", "in", "total", "credit", "below", "or", "pay", "breach", "free", "paid", "repair",
                "replace", "refund", "provider's", "option", "scope", "covered", "for", "the", "remainder",
                "whichever", "is", "longer", "hour",
            ]));
}
