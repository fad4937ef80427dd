using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Interval = NodaTime.Interval;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>One generated evaluation input: the log as CSV, the period, and the customer's values.</summary>
internal sealed record GeneratedLog(string Csv, string Period, decimal Fee, decimal Value, string ValueCurrency, decimal? PaidToDate, bool OmitValue);

/// <summary>
/// Random incident logs for a generated contract: overlapping outages, outages crossing the period's boundaries,
/// open ones (no end yet), unreported and late-reported ones, reversed ones, planned maintenance with and without
/// enough notice, distances on and between tier bounds, missing events, severities and causes, several clauses per
/// row, timestamps in several offsets with seconds, and ids with quotes, commas and line breaks (CSV-quoted).
/// </summary>
internal static class IncidentLogGenerator
{
    private static readonly string[] Offsets = ["+08:00", "Z", "-05:00", "+05:30", "+01:00"];
    private static readonly string[] IdShapes = ["INC-{0}", "x\"{0}", "a,b{0}", "*/{0}", "{{{0}}}", "new\nline{0}", "class{0}"];

    public static Gen<GeneratedLog> Log(GeneratedContract contract, DateTimeZone zone) =>
        from period in Period(contract.LongestClausePeriod)
        let bounds = ReportingPeriod.Parse(period).In(zone)
        from count in Gen.Frequency((3, Gen.Choose(0, 12)), (1, Gen.Choose(1, 2)))
        from rows in Gen.ArrayOf(Row(contract, bounds), count)
        from fee in Gen.Choose(1, 5000).Select(n => n * 10m + 0.5m * (n % 3))
        from value in Gen.Choose(1, 90000).Select(n => n * 10m)
        from valueCurrency in Gen.Frequency((9, Gen.Constant("CNY")), (1, Gen.Constant("USD")))
        from paid in Gen.Frequency((3, Gen.Constant<decimal?>(null)), (1, Gen.Choose(0, 5000).Select(n => (decimal?)n)))
        from omit in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new GeneratedLog(Csv(rows), period, fee, value, valueCurrency, paid, omit);

    /// <summary>A period at least as long as every clause's: DST months, February of a leap year, quarters, years.</summary>
    private static Gen<string> Period(PeriodKind longest) => longest switch
    {
        PeriodKind.Month => Gen.Elements("2026-03", "2026-10", "2026-11", "2028-02", "2027-02", "2026-Q1", "2026-Q4", "2026"),
        PeriodKind.Quarter => Gen.Elements("2026-Q1", "2026-Q4", "2028-Q1", "2026"),
        _ => Gen.Elements("2026", "2028"),
    };

    private static string Csv(IReadOnlyList<string[]> rows)
    {
        var csv = new StringBuilder("id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km,notified,report_sent\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].ToArray();
            cells[0] = string.Format(CultureInfo.InvariantCulture, cells[0], i + 1);
            csv.Append(string.Join(",", cells.Select(Quote))).Append('\n');
        }
        return csv.ToString();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>One row: the id (a format with the row number), then the columns in header order.</summary>
    private static Gen<string[]> Row(GeneratedContract contract, Interval bounds)
    {
        var periodMinutes = (int)bounds.Duration.TotalMinutes;
        var start =
            Gen.Frequency(
                (8, Gen.Choose(-20_000, periodMinutes + 5_000)),
                (1, Gen.Elements(0, periodMinutes, -1, periodMinutes - 1, -60)),
                (1, Gen.Choose(0, periodMinutes / 1440).Select(d => d * 1440 + 9 * 60)));
        return
            from id in Gen.Elements(IdShapes)
            from clause in Gen.Frequency(
                (5, Gen.Constant("")),
                (4, Gen.Elements(contract.Clauses.ToArray())),
                (1, Gen.Constant(string.Join(";", contract.Clauses.Take(2)))))
            from severity in Gen.Frequency((1, Gen.Constant("")), (6, Gen.Elements(contract.Severities.ToArray())))
            from causes in Gen.Frequency((5, Gen.Constant("")), (4, Gen.Elements(contract.Causes.ToArray())), (1, Gen.Constant("customer;maint")))
            from started in start
            from reported in Gen.Frequency((8, Gen.Choose(0, 600)), (1, Gen.Choose(5 * 1440, 9 * 1440)), (1, Gen.Constant(int.MinValue)))
            from acknowledged in Maybe(0, 120, 6)
            from responded in Maybe(0, 400, 6)
            from arrived in Maybe(0, 3000, 5)
            from restored in Gen.Frequency((7, Gen.Choose(1, 4000)), (1, Gen.Choose(-30, 0)), (2, Gen.Constant(int.MinValue)), (2, Gen.Constant(Exact)))
            from share in Gen.Elements(0.001m, 0.005m, 0.01m, 0.05m, 0.0005m, 0.0001m, 0.00044m)
            from resolved in Maybe(0, 5000, 6)
            from reportSent in Maybe(0, 9000, 3)
            from notified in Maybe(0, 6000, 7)
            from distance in Gen.Frequency((3, Gen.Constant("")), (1, Gen.Elements("50", "100", "10.5", "48.28032", "160.9344", "0")),
                (5, Gen.Choose(0, 1200).Select(n => (n / 2m).ToString(CultureInfo.InvariantCulture))))
            from seconds in Gen.Choose(0, 59)
            from startMissing in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
            from offset in Gen.Elements(Offsets)
            let s = bounds.Start + Duration.FromMinutes(started) + Duration.FromSeconds(seconds)
            let r = reported == int.MinValue ? (Instant?)null : s + Duration.FromMinutes(reported)
            select new[]
            {
                id, clause, severity, causes,
                startMissing ? "" : Time(s, offset),
                Time(r, offset),
                Time(r, acknowledged, offset),
                Time(r, responded, offset),
                Time(r, arrived, offset),
                restored == int.MinValue ? "" : Time(restored == Exact ? ExactShare(s, bounds, share) : s + Duration.FromMinutes(restored), offset),
                Time(r, resolved, offset),
                distance,
                notified == int.MinValue ? "" : Time(s - Duration.FromMinutes(notified) - Duration.FromSeconds(seconds), offset),
                Time(r, reportSent, offset),
            };
    }

    /// <summary>A marker for an outage whose length is an exact share of the period (availability lands on a threshold).</summary>
    private const int Exact = int.MaxValue;

    /// <summary>
    /// The outage's end when its length is exactly <paramref name="share"/> of the period (99.9% availability for
    /// 0.001), to the nanosecond: strict `below` and inclusive `at or below` differ exactly there.
    /// </summary>
    private static Instant ExactShare(Instant start, Interval bounds, decimal share) =>
        start + Duration.FromNanoseconds((long)(bounds.Duration.ToInt64Nanoseconds() * share));

    /// <summary>Minutes after the anchor, or missing (int.MinValue) about one time in <paramref name="weight"/>+1.</summary>
    private static Gen<int> Maybe(int from, int to, int weight) =>
        Gen.Frequency((weight, Gen.Choose(from, to)), (3, Gen.Constant(int.MinValue)));

    private static string Time(Instant? anchor, int minutes, string offset) =>
        anchor is { } a && minutes != int.MinValue ? Time(a + Duration.FromMinutes(minutes), offset) : "";

    private static string Time(Instant? instant, string offset)
    {
        if (instant is not { } i) return "";
        var o = offset == "Z" ? Offset.Zero : Offset.FromSeconds((offset[0] == '-' ? -1 : 1) * (int.Parse(offset[1..3], CultureInfo.InvariantCulture) * 3600 + int.Parse(offset[4..6], CultureInfo.InvariantCulture) * 60));
        var text = i.WithOffset(o).ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF", CultureInfo.InvariantCulture);
        return text + (offset == "Z" ? "Z" : offset);
    }
}
