using System.Collections.Immutable;
using Pledge.Compiler.Documents.Locales;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Prose;

/// <summary>
/// Writes document items as prose in one language, from the phrase patterns of its locale and the values'
/// formatting there. Text from the contract is taken in the same language (the file's first language when
/// a text lacks it: the checks report that).
/// </summary>
public sealed class ProseWriter(Locale locale, ContractDocument document)
{
    private readonly ValueFormatter _format = locale.Format;

    public string Lang => locale.Tag;

    public Locale Locale => locale;

    /// <summary>The provider's name in this language, or the locale's word for "the provider".</summary>
    public string Provider => document.Provider is { } p ? Local(p) : locale.Text("words.provider");

    public string Local(LocalizedText text) => text.Get(locale.Tag) ?? text.Primary;

    public LocalizedBlock Write(DocumentItem item) => item switch
    {
        AvailabilityItem a => Block(a, Availability(a)),
        MaxDowntimeItem m => Block(m, m.Period is { } p
            ? locale.Phrase("maxDowntime", ("duration", _format.Duration(m.Duration)), ("per", Period(p, "per")), ("period", Period(p, "noun")))
            : locale.Phrase("maxDowntimeNoPeriod", ("duration", _format.Duration(m.Duration)))),
        DowntimeItem d => Block(d, locale.Phrase("downtime", ("from", Event(d.From)), ("to", Event(d.To)))),
        ClockItem c => Block(c, c.Calendar is { } calendar
            ? locale.Phrase("clockCalendar", ("calendar", Local(calendar.Title)), ("hours", CalendarHours(calendar)))
            : locale.Phrase("clockAlways")),
        ExcludeCausesItem e => Block(e, locale.Phrase(e.Everywhere ? "excludeCausesEverywhere" : "excludeCauses",
            ("causes", _format.List([.. e.Causes.Select(Local)], "or")))),
        ExcludeUnreportedItem u => Block(u, locale.Phrase("excludeUnreported", ("provider", Provider), ("duration", _format.Duration(u.After)))),
        ExcludePlannedItem p => Block(p, Planned(p)),
        IgnoreItem i => Block(i, locale.Phrase("ignore", ("duration", _format.Duration(i.ShorterThan)))),
        MatrixItem m => Matrix(m),
        CommitmentItem c => Block(c, Commitment(c)),
        DistanceItem d => Distance(d),
        WaiveRemedyItem w => Block(w, w.Period is { } wp
            ? locale.Phrase("remedyWaive", ("provider", Provider), ("param", Param(w.Parameter)), ("any", Period(wp, "any")), ("that", Period(wp, "that")))
            : locale.Phrase("remedyWaiveNoPeriod", ("provider", Provider), ("param", Param(w.Parameter)))),
        PenaltyRemedyItem p => Block(p, Penalty(p)),
        CreditRemedyItem c => Credit(c),
        PayRemedyItem p => Block(p, locale.Phrase("remedyPay", ("provider", Provider), ("amount", _format.Money(p.Amount)))),
        ClaimItem c => Block(c, c.From == ClaimStart.PeriodEnd
            ? locale.Phrase("claimAfterPeriod", ("duration", _format.Duration(c.Within)), ("period", Period(c.Period ?? PeriodUnit.Month, "noun")))
            : locale.Phrase("claimAfterBreach", ("duration", _format.Duration(c.Within)))),
        DefinitionItem d => Block(d, locale.Phrase("definition", ("term", Local(d.Term)), ("meaning", Local(d.Meaning)))),
        TextItem t => Block(t, Local(t.Text)),
        WarrantyDurationItem w => Block(w, WarrantyDuration(w)),
        WarrantyCoversItem c => Covers(c),
        WarrantyExcludesItem e => new LocalizedBlock(e.Kind, e.Family, Lang, locale.Phrase("warrantyExcludes", ("provider", Provider)), null,
            [.. e.Texts.Select(Local), .. e.Causes.Select(Local)]),
        WarrantyOutsideItem o => Block(o, locale.Phrase("warrantyOutside", ("coverage", Coverage(o.Coverage)))),
        WarrantyReplacementItem r => Block(r, locale.Phrase("warrantyReplacement", ("duration", _format.Duration(r.Minimum)))),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "an item kind the prose writer does not know"),
    };

    private LocalizedBlock Block(DocumentItem item, string text) => new(item.Kind, item.Family, Lang, text, null, []);

    private string Availability(AvailabilityItem a)
    {
        var percent = _format.Percent(a.Percent);
        if (a.Period is not { } period || a.Allowances.IsEmpty)
            return locale.Phrase("availabilityNoPeriod", ("provider", Provider), ("percent", percent));
        var shortest = a.Allowances[0];
        var longest = a.Allowances[^1];
        if (a.Allowances.Length == 1)
            return locale.Phrase("availability", ("provider", Provider), ("percent", percent), ("per", Period(period, "per")),
                ("period", Period(period, "noun")), ("allowance", _format.Allowance(shortest.Allowed)));
        return locale.Phrase("availabilityRange", ("provider", Provider), ("percent", percent), ("per", Period(period, "per")),
            ("period", Period(period, "noun")),
            ("shortest", _format.Allowance(shortest.Allowed)), ("shortestLength", Length(shortest)),
            ("longest", _format.Allowance(longest.Allowed)), ("longestLength", Length(longest)));
    }

    /// <summary>`28 days`, or `31 days and 1 hour` across a change of daylight saving time.</summary>
    private string Length(AllowanceValue a)
    {
        var days = _format.Duration(new DurationValue(a.Days, Dsl.Syntax.DurationUnit.Day));
        if (a.DstShiftMinutes == 0) return days;
        var shift = _format.Duration(new DurationValue(Math.Abs(a.DstShiftMinutes) / 60m, Dsl.Syntax.DurationUnit.Hour));
        return locale.Fill(a.DstShiftMinutes > 0 ? "format.lengthPlus" : "format.lengthMinus", ("days", days), ("shift", shift));
    }

    private string Planned(ExcludePlannedItem p)
    {
        var notice = _format.Duration(p.Notice);
        if (p.NoticeCalendar is { } calendar) notice = locale.Fill("format.onCalendar", ("deadline", notice), ("calendar", Local(calendar)));
        var limit = p.AtMost is { } n
            ? locale.Phrase("excludePlannedLimit", ("count", _format.Number(n)), ("per", Period(p.AtMostPer ?? PeriodUnit.Month, "per")))
            : "";
        return locale.Phrase("excludePlanned", ("cause", p.Cause is { } c ? Local(c) : locale.Text("words.plannedWork")), ("notice", notice), ("limit", limit));
    }

    private LocalizedBlock Matrix(MatrixItem m)
    {
        var head = new List<string> { locale.Text("words.severity") };
        foreach (var column in m.Columns)
        {
            var name = locale.Text($"milestoneHeads.{column.Milestone.Keyword()}");
            head.Add(column.From == IncidentEvent.Reported ? name : locale.Fill("format.columnFrom", ("milestone", name), ("event", Event(column.From))));
        }
        var rows = m.Rows.Select(r => (ImmutableArray<string>)[Local(r.Title), .. r.Cells.Select(Deadline)]).ToImmutableArray();
        var notes = m.Rows.Where(r => r.Description is not null)
            .Select(r => locale.Fill("format.termMeaning", ("term", Local(r.Title)), ("meaning", Local(r.Description!))))
            .ToImmutableArray();
        return new LocalizedBlock(m.Kind, m.Family, Lang, locale.Phrase("matrix", ("provider", Provider)), new BlockTable([.. head], rows), notes);
    }

    private string Commitment(CommitmentItem c)
    {
        var milestone = locale.Text($"milestones.{c.Milestone.Keyword()}");
        var from = Event(c.From);
        return c.Deadline.CloseOfBusinessDay is null
            ? locale.Phrase("commitmentWithin", ("provider", Provider), ("milestone", milestone), ("deadline", Deadline(c.Deadline)), ("from", from))
            : locale.Phrase("commitmentBy", ("provider", Provider), ("milestone", milestone), ("deadline", Deadline(c.Deadline)), ("from", from));
    }

    private LocalizedBlock Distance(DistanceItem d)
    {
        var rows = d.Tiers.Select(t => (ImmutableArray<string>)
        [
            t.UpTo is { } upTo ? locale.Fill("format.upTo", ("distance", _format.Distance(upTo)))
                : t.Beyond is { } beyond ? locale.Fill("format.beyond", ("distance", _format.Distance(beyond)))
                : locale.Text("words.fartherSites"),
            Deadline(t.Deadline),
        ]).ToImmutableArray();
        var text = locale.Phrase("distance", ("provider", Provider), ("milestone", locale.Text($"milestones.{d.Milestone.Keyword()}")));
        return new LocalizedBlock(d.Kind, d.Family, Lang, text, new BlockTable([locale.Text("words.distance"), locale.Text("words.deadline")], rows), []);
    }

    private string Penalty(PenaltyRemedyItem p)
    {
        var counting = p.Counting switch
        {
            LatenessCounting.Started => "started",
            LatenessCounting.Full => "full",
            _ => "unstated",
        };
        var unit = p.Unit == LatenessUnit.Day ? "day" : "hour";
        return locale.Phrase("remedyPenalty", ("provider", Provider), ("percent", _format.Percent(p.Percent)), ("param", Param(p.Parameter)),
            ("lateness", locale.Text($"lateness.{counting}.{unit}")), ("cap", p.Cap is { } cap ? Cap(cap) : ""));
    }

    private string Cap(CapValue cap) => locale.Phrase("remedyCap", ("percent", _format.Percent(cap.Percent)), ("param", Param(cap.Parameter)),
        ("scope", locale.Text(cap.Scope switch
        {
            CapScope.PerIncident => "capScopes.perIncident",
            CapScope.PerPeriod => "capScopes.perPeriod",
            CapScope.InTotal => "capScopes.inTotal",
            _ => "capScopes.unstated",
        })));

    private LocalizedBlock Credit(CreditRemedyItem c)
    {
        var text = locale.Phrase("remedyCredit", ("provider", Provider), ("param", Param(c.Parameter)),
            ("any", Period(c.Period ?? PeriodUnit.Month, "any")), ("cap", c.Cap is { } cap ? Cap(cap) : ""));
        var rows = c.Rows.Select(r => (ImmutableArray<string>)
        [
            locale.Fill(r.Inclusive ? "format.atOrBelow" : "format.below", ("percent", _format.Percent(r.Threshold))),
            _format.Percent(r.Credit),
        ]).ToImmutableArray();
        return new LocalizedBlock(c.Kind, c.Family, Lang, text, new BlockTable([locale.Text("words.availability"), locale.Text("words.credit")], rows), []);
    }

    private string WarrantyDuration(WarrantyDurationItem w)
    {
        var duration = _format.Duration(w.Duration);
        if (w.StartDate is { } start && w.LastDay is { } last)
            return locale.Phrase("warrantyFromDate", ("provider", Provider), ("duration", duration), ("start", _format.Date(start)), ("end", _format.Date(last)));
        var from = w.StartParameter is { } p ? Local(p) : locale.Text("words.startDate");
        return locale.Phrase("warrantyFromParameter", ("provider", Provider), ("duration", duration), ("start", from));
    }

    private LocalizedBlock Covers(WarrantyCoversItem c)
    {
        var rows = c.Items.Select(i => (ImmutableArray<string>)[Local(i.Title), Coverage(i.Coverage)]).ToImmutableArray();
        return new LocalizedBlock(c.Kind, c.Family, Lang, locale.Phrase("warrantyCovers", ("provider", Provider)),
            new BlockTable([locale.Text("words.coveredItem"), locale.Text("words.coverage")], rows), []);
    }

    public string Coverage(CoverageValue coverage)
    {
        var options = coverage.Options.Select(o => o.Kind switch
        {
            CoverageKind.FreeRepair => locale.Text("coverage.freeRepair"),
            CoverageKind.PaidRepair when o.Note is { } note => locale.Fill("coverage.paidRepairNote", ("note", Local(note))),
            CoverageKind.PaidRepair => locale.Text("coverage.paidRepair"),
            CoverageKind.RepairUpTo => locale.Fill("coverage.repairUpTo", ("percent", _format.Percent(o.Percent ?? new PercentValue(0))), ("param", Param(o.Parameter))),
            CoverageKind.Repair => locale.Text("coverage.repair"),
            CoverageKind.Replace => locale.Text("coverage.replace"),
            _ => locale.Text("coverage.refund"),
        }).ToList();
        var list = _format.List(options, "or");
        return coverage.AtProviderOption && options.Count > 1 ? locale.Fill("coverage.atProviderOption", ("options", list), ("provider", Provider)) : list;
    }

    /// <summary>A deadline cell or phrase; `-` (null) is the locale's "no commitment".</summary>
    public string Deadline(DocumentDeadline? deadline)
    {
        if (deadline is null) return locale.Text("words.noCommitment");
        var text = deadline.Duration is { } d
            ? _format.Duration(d)
            : deadline.CloseOfBusinessDay is 1 or null
                ? locale.Text("format.nextBusinessDay")
                : locale.Fill("format.endOfBusinessDay", ("n", _format.Number(deadline.CloseOfBusinessDay.Value)));
        return deadline.On is { } on ? locale.Fill("format.onCalendar", ("deadline", text), ("calendar", Local(on))) : text;
    }

    private string CalendarHours(DocumentCalendar calendar)
    {
        var parts = new List<string>();
        var weekdays = locale.List("format.weekdays");
        if (!calendar.Days.IsEmpty)
        {
            var days = calendar.Days.Select(d => (int)d).ToList();
            var contiguous = days.Count > 2 && days[^1] - days[0] == days.Count - 1;
            parts.Add(contiguous
                ? locale.Fill("format.dayRange", ("from", weekdays[days[0] - 1]), ("to", weekdays[days[^1] - 1]))
                : _format.List([.. days.Select(d => weekdays[d - 1])]));
        }
        parts.AddRange(calendar.Hours.Select(h => $"{ValueFormatter.TimeOfDay(h.From)}–{ValueFormatter.TimeOfDay(h.To)}"));
        parts.AddRange(calendar.Spans.Select(s => locale.Fill("format.span",
            ("from", $"{weekdays[(int)s.FromDay - 1]} {ValueFormatter.TimeOfDay(s.FromMinute)}"),
            ("to", $"{weekdays[(int)s.ToDay - 1]} {ValueFormatter.TimeOfDay(s.ToMinute)}"))));
        if (!calendar.Holidays.IsEmpty)
            parts.Add(locale.Fill("format.holidays", ("dates", _format.List([.. calendar.Holidays.Select(DateRange)]))));
        return string.Join(locale.Text("format.list.separator"), parts);
    }

    private string DateRange(DateRange range) => range.From == range.To
        ? _format.Date(range.From)
        : locale.Fill("format.dateRange", ("from", _format.Date(range.From)), ("to", _format.Date(range.To)));

    private string Event(IncidentEvent e) => locale.Text($"events.{e.ColumnName()}");

    private string Period(PeriodUnit period, string form) => locale.Text($"periods.{period.ToString().ToLowerInvariant()}.{form}");

    private string Param(LocalizedText? parameter) => parameter is null ? locale.Text("words.amount") : Local(parameter);
}
