using NodaTime;
using Pledge.Compiler;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;

namespace Pledge.LanguageServer.Features;

/// <summary>What a hover says about a declared name: its kind, its title in every language, and what it sets.</summary>
public static class SymbolDescriptions
{
    public static string Describe(Symbol symbol, SemanticModel model)
    {
        var parts = new List<string>();
        var where = ReferenceEquals(symbol.Tree, model.SyntaxTree) ? "" : $" — declared in `{Path.GetFileName(symbol.Path)}`";
        parts.Add($"**{symbol.Kind.Keyword()}** `{symbol.Name}`{where}");
        switch (symbol)
        {
            case ContractSymbol c:
                parts.Add(Markdown.Languages(c.Title));
                var settings = new List<string>();
                if (!c.Languages.IsDefaultOrEmpty) settings.Add($"languages {string.Join(", ", c.Languages)}");
                if (c.TimeZoneName is { } zone) settings.Add($"timezone {zone}");
                if (c.Currency is { } currency) settings.Add($"currency {currency}");
                if (settings.Count > 0) parts.Add(string.Join(" · ", settings));
                if (c.Provider is { } provider) parts.Add("provider:  \n" + Markdown.Languages(provider));
                break;
            case ParameterSymbol p:
                parts.Add(Markdown.Languages(p.Title));
                parts.Add($"type: `{p.Type.ToString().ToLowerInvariant()}` — filled in per customer at evaluation and certificate time");
                break;
            case CauseSymbol c:
                parts.Add(Markdown.Languages(c.Title));
                break;
            case SeveritySymbol s:
                parts.Add(Markdown.Languages(s.Title));
                if (s.Description is { } description) parts.Add(Markdown.Languages(description));
                var order = model.Severities.Where(x => ReferenceEquals(x.Tree, s.Tree)).ToList();
                parts.Add($"severity {s.Rank + 1} of {order.Count} (most severe first: {string.Join(" › ", order.Select(x => x.Name))})");
                break;
            case CalendarSymbol c:
                parts.Add(Markdown.Languages(c.Title));
                parts.Add(CalendarFacts.Describe(c, model.Contract?.TimeZoneName));
                break;
            case ExclusionSymbol e:
                parts.Add(Markdown.Languages(e.Title));
                if (!e.Causes.IsEmpty) parts.Add($"excludes, in every clause, incidents caused by: {string.Join(", ", e.Causes.Select(x => Markdown.Code(x.Name)))}");
                break;
            case ClauseSymbol c:
                parts.Add(Markdown.Languages(c.Title));
                if (c.Availability is { } a) parts.Add($"availability {DeadlineFacts.Number(a.Percent)}%{(a.Period is { } p ? " per " + p.ToString().ToLowerInvariant() : "")}");
                if (c.HasMilestones) parts.Add($"clock: {(c.Clock is { } clock ? Markdown.Code(clock.Name) : "`24x7`")}");
                break;
            case WarrantySymbol w:
                parts.Add(Markdown.Languages(w.Title));
                if (w.Duration is { } d) parts.Add(WarrantyFacts.Describe(w, d));
                break;
        }
        return string.Join("\n\n", parts);
    }
}

/// <summary>A calendar's working time in words.</summary>
public static class CalendarFacts
{
    public static string Describe(CalendarSymbol calendar, string? contractZone)
    {
        var lines = new List<string>();
        if (!calendar.Days.IsEmpty) lines.Add($"days: {Days(calendar.Days)}");
        if (!calendar.Hours.IsEmpty) lines.Add($"hours: {string.Join(", ", calendar.Hours.Select(h => $"{Time(h.From)}–{Time(h.To)}"))}");
        foreach (var span in calendar.Spans) lines.Add($"span: {span.FromDay.ToString()[..3]} {Time(span.FromMinute)} – {span.ToDay.ToString()[..3]} {Time(span.ToMinute)}");
        if (!calendar.Holidays.IsEmpty) lines.Add($"holidays: {calendar.Holidays.Sum(h => h.To.DayNumber - h.From.DayNumber + 1)} days");
        var zone = calendar.TimeZoneName ?? (contractZone is null ? null : $"{contractZone} (the contract's)");
        if (zone is not null) lines.Add($"timezone: {zone}");
        var working = CalendarWorkingTime.Of(calendar);
        if (calendar.BusinessDayMinutes > 0) lines.Add($"a business day is {DeadlineFacts.Elapsed(calendar.BusinessDayMinutes)} of working time");
        lines.Add(working.HasWorkingTime
            ? $"working time per week: {DeadlineFacts.Elapsed(working.WeeklyMinutes)} (of 168 h)"
            : $"no working time: {working.Lacking}");
        return string.Join("  \n", lines);
    }

    public static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static string Days(IEnumerable<IsoDayOfWeek> days) => string.Join(", ", days.Select(d => d.ToString()[..3]));
}

/// <summary>A warranty's period in words, with its end date when it starts on a fixed date.</summary>
public static class WarrantyFacts
{
    public static string Describe(WarrantySymbol warranty, WrittenDuration duration)
    {
        var written = $"{DeadlineFacts.Number(duration.Amount)} {duration.Unit.ToString().ToLowerInvariant()}";
        if (warranty.StartDate is { } start && WarrantyEnd.LastDay(start, duration) is { } end)
            return $"covers {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, both days included ({written})";
        if (warranty.StartParameter is { } parameter)
            return $"covers {written} from the customer's `{parameter.Name}`, up to (not including) the same date {written} later";
        return $"duration: {written}";
    }
}
