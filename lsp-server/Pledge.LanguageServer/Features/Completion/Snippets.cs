namespace Pledge.LanguageServer.Features.Completion;

/// <summary>
/// Snippets for each kind of clause item and each declaration. Texts get one string per declared language
/// (`"…" / "…"` for `languages zh-CN, en`); a matrix gets a row per visible severity. Tab stops use LSP's
/// snippet syntax; `\t` is the client's indentation.
/// </summary>
public static class Snippets
{
    public sealed record Snippet(string Label, string Detail, string Body);

    private const string PeriodChoice = "${PERIOD|month,day,week,quarter,year|}";

    public static IReadOnlyList<Snippet> ClauseItems(int languages, IReadOnlyList<string> severities, IReadOnlyList<string> moneyParameters)
    {
        var param = moneyParameters.Count > 0 ? moneyParameters[0] : "monthly_fee";
        var rows = severities.Count > 0 ? severities : ["critical", "major", "minor"];
        var matrixRows = string.Concat(rows.Select((s, i) => $"\t{s} | ${{{2 * i + 1}:1 h}} | ${{{2 * i + 2}:4 h}}\n"));
        return
        [
            new("availability", "availability P% per PERIOD", $"availability ${{1:99.9}}% per {Choice(2, PeriodChoice)}"),
            new("max downtime", "max downtime D per PERIOD", $"max downtime ${{1:43}} min per {Choice(2, PeriodChoice)}"),
            new("downtime from … to …", "which incident events bound an outage", "downtime from ${1|started,reported|} to ${2|restored,resolved|}"),
            new("exclude causes", "exclude incidents with these causes", "exclude causes ${1:cause}"),
            new("exclude unreported after", "exclude outages reported late", "exclude unreported after ${1:5} days"),
            new("exclude planned", "planned maintenance with notice", $"exclude planned ${{1:scheduled_maintenance}} with notice ${{2:5}} days, at most ${{3:1}} per {Choice(4, PeriodChoice)}"),
            new("ignore outages shorter than", "a minimum outage length", "ignore outages shorter than ${1:5} min"),
            new("clock", "the clock deadlines run on", "clock ${1:24x7}"),
            new("matrix", "a response matrix, one row per severity", "matrix {\n\tseverity | respond | resolve\n" + matrixRows + "}"),
            new("within (single commitment)", "MILESTONE within D after EVENT", "${1|respond,acknowledge,arrive,restore,resolve,report|} within ${2:2} h after ${3|reported,started,acknowledged|}"),
            new("by distance", "deadlines by the site's distance", "${1|arrive,respond,restore,resolve|} by distance {\n\tup to ${2:50} km : ${3:2 h}\n\tup to ${4:100} km : ${5:4 h}\n\tbeyond : ${6:24 h}\n}"),
            new("by next business day", "close-of-day deadline", "${1|resolve,respond,arrive,restore|} by next business day"),
            new("remedy waive", "waive a fee when breached", $"remedy waive ${{1:{param}}} when breached"),
            new("remedy penalty per day late", "P% of PARAM per started day late, capped", $"remedy ${{1:0.25}}% of ${{2:{param}}} per ${{3|started,full|}} ${{4|day,hour|}} late, cap ${{5:5}}% of ${{2:{param}}} ${{6|in total,per incident,per period|}}"),
            new("remedy credit by availability", "a service credit table", $"remedy credit ${{1:{param}}} by availability {{\n\tbelow ${{2:99.9}}% : ${{3:10}}%\n\tbelow ${{4:99.0}}% : ${{5:25}}%\n}}, cap ${{6:50}}% of ${{1:{param}}} per period"),
            new("remedy pay per breach", "a fixed amount per breach", "remedy pay ${1:500} ${2:CNY} per breach"),
            new("claim within", "the customer's claim window", "claim within ${1:30} days after ${2|period end,breach|}"),
            new("define", "a defined term", $"define {Text(languages, 1)} :\n\t{Text(languages, 1 + languages)}"),
            new("text", "contractual prose", $"text {Text(languages, 1)}"),
        ];
    }

    public static IReadOnlyList<Snippet> Declarations(int languages) =>
    [
        new("contract", "the contract header", $"contract ${{{languages + 1}:name}} {Text(languages, 1)}"),
        new("parameter", "a per-customer value", $"parameter ${{1:name}} {Text(languages, 2)} : ${{{languages + 2}|money,text,date,number,percent,duration|}}"),
        new("cause", "a cause of incidents", $"cause ${{1:name}} {Text(languages, 2)}"),
        new("severity", "a severity (most severe first)", $"severity ${{1:name}} {Text(languages, 2)} : {Text(languages, 2 + languages)}"),
        new("calendar", "working time", $"calendar ${{1:office}} {Text(languages, 2)} {{\n\tdays ${{{languages + 2}:Mon-Fri}}\n\thours ${{{languages + 3}:09:00-18:00}}\n}}"),
        new("exclusion", "an exclusion for every clause", $"exclusion ${{1:name}} {Text(languages, 2)} {{\n\tcauses ${{{languages + 2}:force_majeure}}\n}}"),
        new("clause", "a clause", $"clause ${{1:name}} {Text(languages, 2)} {{\n\t$0\n}}"),
        new("warranty", "a warranty", $"warranty ${{1:name}} {Text(languages, 2)} {{\n\tduration ${{{languages + 2}:1 year}} from ${{{languages + 3}:completion}}\n\tcovers ${{{languages + 4}:item}} {Text(languages, languages + 5)} : ${{{2 * languages + 5}:free repair}}\n}}"),
        new("import", "shared declarations from another file", "import \"${1:common.sla}\""),
    ];

    /// <summary>`"${1}" / "${2}"`: one string per language, tab stops from <paramref name="firstStop"/>.</summary>
    private static string Text(int languages, int firstStop) =>
        string.Join(" / ", Enumerable.Range(firstStop, Math.Max(1, languages)).Select(i => $"\"${{{i}}}\""));

    private static string Choice(int stop, string choice) => choice.Replace("PERIOD", stop.ToString());
}
