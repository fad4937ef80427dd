using FsCheck;
using FsCheck.Fluent;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// Random contracts for the differential tests: zones (DST zones and fixed offsets), rounding rules, generated
/// calendars (days, hours, holidays, weekly spans, their own zones), top-level exclusions, and clauses with every
/// item: availability and maximum downtime per month, quarter or year, downtime events, cause, unreported and
/// planned exclusions, minimum outages, clocks, response matrices over the severities, single commitments,
/// close-of-day deadlines, distance tiers, every kind of remedy with caps and scopes, claim windows. Names and texts
/// include C# keywords and hostile characters (quotes, backslashes, `*/`, braces, newlines), which must stay data.
/// </summary>
internal static class ContractGenerator
{
    /// <summary>Severity names (most severe first); C# keywords and a CJK name among them.</summary>
    private static readonly string[] SeverityNames = ["critical", "class", "major", "名", "minor"];

    private static readonly string[] Causes = ["customer", "maint", "typhoon", "namespace"];

    private static readonly string[] Zones =
        ["Asia/Shanghai", "America/New_York", "Europe/London", "UTC", "UTC-05:00", "UTC+05:30", "Australia/Sydney"];

    /// <summary>Texts as `.sla` writes them (escapes included): each becomes a report string and a C# literal.</summary>
    private static readonly string[] HostileTexts =
    [
        "plain", "引号 \\\"quoted\\\"", "back\\\\slash", "*/ end of comment /*", "{ braces }", "new\\nline",
        "tab\\there", "\\\"); System.IO.File.Delete(\\\"x\\\"); //", "{0} {{1}}", "\\u{1F600} emoji",
    ];

    private static readonly string[] Milestones = ["acknowledge", "respond", "arrive", "restore", "resolve", "report"];

    private static readonly string[] Events = ["started", "reported", "acknowledged", "responded", "arrived", "restored", "resolved"];

    public static Gen<GeneratedContract> Contract =>
        from zone in Gen.Elements(Zones)
        from rounding in Gen.Elements("half-up 0.01", "half-even 0.01", "down 1", "up 0.05", "half-down 5", "half-up 0.001")
        from severityCount in Gen.Choose(1, SeverityNames.Length)
        from calendars in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Calendar, n))
        from topExclusion in Gen.Elements(true, false)
        from title in Gen.Elements(HostileTexts)
        from clauseCount in Gen.Choose(1, 3)
        from clauses in Gen.ListOf(Clause(calendars.Count, SeverityNames.Take(severityCount).ToArray()), clauseCount)
        select Build(zone, rounding, SeverityNames.Take(severityCount).ToArray(), calendars, topExclusion, title, clauses);

    private static GeneratedContract Build(string zone, string rounding, string[] severities, IReadOnlyList<string> calendars,
        bool topExclusion, string title, IReadOnlyList<(string Body, PeriodKind Period)> clauses)
    {
        var text = new System.Text.StringBuilder();
        text.Append($"contract gen \"{title}\" / \"Generated\"\n");
        text.Append("languages zh-CN, en\n");
        text.Append($"timezone \"{zone}\"\ncurrency CNY\nrounding {rounding}\n");
        text.Append("parameter fee \"月费\" / \"Monthly fee\" : money\n");
        text.Append("parameter value \"总价\" / \"Contract value\" : money\n");
        foreach (var cause in Causes) text.Append($"cause {cause} \"{cause} \\\"c\\\"\" / \"{cause}\"\n");
        foreach (var severity in severities) text.Append($"severity {severity} \"{severity}\" / \"{severity} */\" : \"d\" / \"d\"\n");
        for (var i = 0; i < calendars.Count; i++) text.Append($"calendar cal{i} \"日历\" / \"Calendar {{{i}}}\" {{\n{calendars[i]}}}\n");
        if (topExclusion) text.Append("exclusion acts_of_god \"不可抗力\" / \"Force \\\"majeure\\\"\" {\n  causes typhoon\n}\n");
        var names = new List<string>();
        var longest = PeriodKind.Month;
        for (var i = 0; i < clauses.Count; i++)
        {
            var name = i switch { 0 => "up", 1 => "return", _ => "c_" + i };
            names.Add(name);
            text.Append($"clause {name} \"条款{i}\" / \"Clause \\\\ {i}\" {{\n{clauses[i].Body}}}\n");
            if (clauses[i].Period > longest) longest = clauses[i].Period;
        }
        return new GeneratedContract(text.ToString(), names, severities, Causes, longest, zone);
    }

    private static Gen<string> Calendar =>
        from days in Gen.Elements("Mon-Fri", "Mon-Sat", "Mon, Wed, Fri", "Tue-Thu, Sat", "Mon-Sun", "Sat-Sun")
        from hours in Gen.Elements("09:00-18:00", "09:00-12:00, 13:00-18:00", "00:00-24:00", "08:30-17:30", "22:00-24:00", "01:30-03:30")
        from holidays in Gen.Elements("", "  holidays 2026-10-01..2026-10-07, 2027-01-01\n", "  holidays 2026-03-08, 2026-11-01..2026-11-02\n",
            "  holidays 2026-12-24..2027-01-02\n")
        from span in Gen.Elements("", "", "  span Fri 18:00 - Mon 08:00\n", "  span Sat 10:00 - Sat 14:00\n")
        from ownZone in Gen.Elements("", "", "  timezone \"America/New_York\"\n", "  timezone \"UTC+09:00\"\n", "  timezone \"Europe/London\"\n")
        select $"  days {days}\n  hours {hours}\n{holidays}{span}{ownZone}";

    private static Gen<(string Body, PeriodKind Period)> Clause(int calendars, string[] severities) =>
        from period in Gen.Frequency((6, Gen.Constant(PeriodKind.Month)), (1, Gen.Constant(PeriodKind.Quarter)), (1, Gen.Constant(PeriodKind.Year)))
        from availability in Gen.Elements("", "99.9%", "99.5%", "99%", "95%", "99.95%")
        from maxDowntime in Gen.Elements("", "", "44 min", "2 h", "90 min")
        from downtime in Gen.Elements("", "", "started to restored", "reported to restored", "started to resolved", "acknowledged to arrived")
        from excludeCauses in Gen.Elements("", "", "customer", "customer, maint")
        from unreported in Gen.Elements("", "", "5 days", "2 h", "1 month", "1 business day")
        from planned in Gen.Elements("", "", "with notice 2 days", "with notice 3 days, at most 1 per month", "with notice 1 business day on cal0", "with notice 1 h, at most 2 per quarter")
        from ignore in Gen.Elements("", "", "5 min", "30 min")
        from clock in Gen.Elements("", "clock 24x7", "clock cal0", "clock cal1")
        from milestones in Gen.Shuffle(Milestones)
        from matrixColumns in Gen.Choose(0, 3)
        from cells in Gen.ArrayOf(Cell, 18)
        from singleCount in Gen.Choose(0, 2)
        from singles in Gen.ArrayOf(Single, 2)
        from distance in Gen.Elements(true, false)
        from tiers in Distance
        from anchor in Gen.Elements("", "", "respond after acknowledged", "arrive after responded")
        from remedies in Gen.ListOf(Remedy, 3).SelectMany(all => Gen.Choose(0, 3).Select(n => all.Take(n).ToList()))
        from claim in Gen.Elements("", "", "claim within 30 days after period end", "claim within 2 months after breach", "claim within 10 days after breach")
        select (ClauseBody(calendars, severities, availability, maxDowntime, downtime, excludeCauses, unreported, planned, ignore, clock,
            milestones.ToArray(), matrixColumns, cells, singleCount, singles, distance, tiers, anchor, remedies, claim, period), period);

    private static string ClauseBody(int calendars, string[] severities, string availability, string maxDowntime, string downtime,
        string excludeCauses, string unreported, string planned, string ignore, string clock, string[] milestones, int matrixColumns,
        string[] cells, int singleCount, string[] singles, bool distance, string tiers, string anchor, IReadOnlyList<string> remedies,
        string claim, PeriodKind period)
    {
        var per = period.ToString().ToLowerInvariant();
        var hasCalendar = calendars > 0;
        // Calendar references only to calendars that exist; business units only where a calendar is in scope.
        string Fit(string item) => hasCalendar
            ? item.Replace("cal1", calendars > 1 ? "cal1" : "cal0", StringComparison.Ordinal)
            : item.Contains("cal", StringComparison.Ordinal) || item.Contains("business", StringComparison.Ordinal) ? "" : item;
        var clockItem = Fit(clock);
        var businessInScope = clockItem.StartsWith("clock cal", StringComparison.Ordinal);
        string Deadline(string cell, string fallback = "4 h")
        {
            var fitted = Fit(cell);
            if (fitted.Length == 0) return fallback;
            var business = fitted.Contains("business", StringComparison.Ordinal);
            return business && !businessInScope && !fitted.Contains(" on ", StringComparison.Ordinal) ? fitted + " on cal0" : fitted;
        }

        var b = new System.Text.StringBuilder();
        if (clockItem.Length > 0) b.Append($"  {clockItem}\n");
        if (availability.Length > 0) b.Append($"  availability {availability} per {per}\n");
        if (maxDowntime.Length > 0) b.Append($"  max downtime {maxDowntime} per {per}\n");
        if (downtime.Length > 0) b.Append($"  downtime from {downtime}\n");
        if (excludeCauses.Length > 0) b.Append($"  exclude causes {excludeCauses}\n");
        if (Fit(unreported) is { Length: > 0 } u && (!u.Contains("business", StringComparison.Ordinal) || businessInScope)) b.Append($"  exclude unreported after {u}\n");
        if (Fit(planned) is { Length: > 0 } p) b.Append($"  exclude planned maint {p}\n");
        if (ignore.Length > 0) b.Append($"  ignore outages shorter than {ignore}\n");

        // Each milestone is committed once in a clause: the shuffled list is shared out between matrix, singles and distance.
        var next = 0;
        if (matrixColumns > 0)
        {
            var columns = milestones.Skip(next).Take(matrixColumns).ToArray();
            next += columns.Length;
            b.Append($"  matrix {{\n    severity | {string.Join(" | ", columns)}\n");
            for (var row = 0; row < severities.Length; row++)
                b.Append($"    {severities[row]} | {string.Join(" | ", columns.Select((_, c) => cells[(row * 3 + c) % cells.Length] == "-" ? "-" : Deadline(cells[(row * 3 + c) % cells.Length])))}\n");
            b.Append("  }\n");
        }
        for (var i = 0; i < singleCount && next < milestones.Length; i++)
            b.Append($"  {milestones[next++]} {Deadline(singles[i], "within 4 h")}\n");
        if (distance && next < milestones.Length) b.Append($"  {milestones[next++]} by distance {{\n{(hasCalendar ? tiers : tiers.Replace("1 business day on cal0", "12 h", StringComparison.Ordinal))}  }}\n");
        if (anchor.Length > 0 && milestones.Take(next).Contains(anchor.Split(' ')[0])) b.Append($"  {anchor}\n");
        foreach (var remedy in remedies) b.Append($"  remedy {remedy.Replace("PERIOD", per, StringComparison.Ordinal)}\n");
        if (claim.Length > 0) b.Append($"  {claim}\n");
        if (b.Length == 0) b.Append("  availability 99.9% per month\n");
        return b.ToString();
    }

    private static Gen<string> Cell => Gen.Elements(
        "-", "15 min", "30 min", "1 h", "2 h", "4 h", "12 h", "1 day", "2 business hours", "1 business day", "2 business days",
        "next business day", "end of business day 2", "4 h on cal1", "1 business day on cal0", "1 month");

    private static Gen<string> Single => Gen.Elements(
        "within 2 h", "within 30 min after reported", "within 1 h after started", "within 4 h on cal0", "within 2 business hours",
        "by next business day", "by end of business day 2 on cal1", "within 1 business day after acknowledged", "within 3 days");

    private static Gen<string> Distance => Gen.Elements(
        "    up to 50 km : 2 h\n    up to 100 km : 4 h\n    beyond : 24 h\n",
        "    up to 50 km : 2 h\n    up to 200 km : -\n    beyond : 1 business day on cal0\n",
        "    up to 30 mi : 1 h\n    up to 100 mi : 3 h\n    beyond : -\n",
        "    up to 10.5 km : 30 min\n    up to 800 km : next business day\n    beyond : 2 days\n");

    private static Gen<string> Remedy => Gen.Elements(
        "waive fee when breached",
        "0.25% of value per started day late, cap 5% of value in total",
        "1% of fee per full hour late, cap 10% of fee per incident",
        "2% of value per started hour late, cap 3% of value per period",
        "0.5% of fee per full day late",
        "credit fee by availability {\n    below 99.9% : 10%\n    below 99.0% : 25%\n    below 95.0% : 100%\n  }, cap 50% of fee per period",
        "credit fee by availability {\n    at or below 99.95% : 5%\n    at or below 99.5% : 20%\n  }, cap 30% of value in total",
        "credit value by availability {\n    below 99.99% : 1%\n    at or below 99% : 3%\n  }",
        "pay 500 CNY per breach",
        "pay 120.50 USD per breach");
}
