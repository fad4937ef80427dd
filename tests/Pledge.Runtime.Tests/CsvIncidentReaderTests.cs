using Pledge.Runtime.Incidents;

namespace Pledge.Runtime.Tests;

public class CsvIncidentReaderTests
{
    private const string Header = "id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km";

    private static IncidentLog Read(string rows, IncidentVocabulary? vocabulary = null) =>
        CsvIncidentReader.Read(Header + "\n" + rows, "log.csv", vocabulary);

    private static IncidentLogError Error(string text, IncidentVocabulary? vocabulary = null) =>
        Assert.Throws<IncidentLogException>(() => CsvIncidentReader.Read(text, "log.csv", vocabulary)).Errors.Single();

    [Fact]
    public void Reads_rows_with_empty_cells_as_events_not_yet_happened()
    {
        var log = Read("A,up;power,critical,x;y,2026-10-03T10:00:00+08:00,2026-10-03T10:05Z,,,,,,12.5\n");
        var a = log.Incidents.Single();
        Assert.Equal(["up", "power"], a.Clauses.ToArray());
        Assert.Equal(["x", "y"], a.Causes.ToArray());
        Assert.Equal("critical", a.Severity);
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 10, 3, 2, 0), a.Started);
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 10, 3, 10, 5), a.Reported);
        Assert.Null(a.Restored);
        Assert.Equal(12.5m, a.DistanceKm);
        Assert.Equal(2, a.Line);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_are_read()
    {
        var text = "distance_km,resolved,restored,arrived,responded,acknowledged,reported,started,causes,severity,clause,id,notified,report_sent\n" +
                   ",,,,,,,2026-10-03T10:00:00+08:00,,,,B,2026-09-28T10:00:00+08:00,2026-10-03T12:00:00+08:00\n";
        var b = CsvIncidentReader.Read(text, "log.csv").Incidents.Single();
        Assert.Equal("B", b.Id);
        Assert.NotNull(b.Notified);
        Assert.NotNull(b.ReportSent);
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var log = Read("\"A,1\",\"up\",,\"x\"\"y\",,,,,,,,\n\"B\nC\",,,,,,,,,,,\nD,,,,,,,,,,,\r\n");
        Assert.Equal(["A,1", "B\nC", "D"], log.Incidents.Select(i => i.Id).ToArray());
        Assert.Equal("x\"y", log.Incidents[0].Causes.Single());
        // D starts on line 5: the quoted line break in B counts.
        Assert.Equal(5, log.Incidents[2].Line);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_a_bom_is_ignored()
    {
        var log = CsvIncidentReader.Read("\uFEFF" + Header + "\n\nA,,,,,,,,,,,\n\n", "log.csv");
        Assert.Equal("A", log.Incidents.Single().Id);
    }

    [Fact]
    public void A_bad_timestamp_reports_file_line_and_column()
    {
        var e = Error(Header + "\nA,,,,2026-10-03 10:00,,,,,,,\n");
        Assert.Equal(("log.csv", 2, 6), (e.File, e.Line, e.Column));
        Assert.Contains("ISO 8601", e.Reason);
        Assert.Equal("log.csv:2:6: " + e.Reason, e.ToString());
    }

    [Fact]
    public void A_timestamp_without_offset_is_refused() =>
        Assert.Contains("offset", Error(Header + "\nA,,,,2026-10-03T10:00:00,,,,,,,\n").Reason);

    [Fact]
    public void Every_bad_row_is_reported_and_none_dropped()
    {
        var e = Assert.Throws<IncidentLogException>(() => Read("A,,,,bad,,,,,,,\nB,,,,,,,,,,,\nC,,,,,,,,,,,x\n,,,,,,,,,,,\n"));
        Assert.Equal([2, 4, 5], e.Errors.Select(x => x.Line).ToArray());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields()
    {
        var e = Error(Header + "\nA,,,\n");
        Assert.Contains("4 fields but the header has 12", e.Reason);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_errors()
    {
        var unknown = Assert.Throws<IncidentLogException>(() => CsvIncidentReader.Read(Header + ",restord\nA,,,,,,,,,,,,\n", "log.csv")).Errors;
        Assert.Contains(unknown, e => e.Reason.Contains("unknown column `restord`") && e.Column == Header.Length + 2);
        var missing = Error("id,clause\nA,\n");
        Assert.Contains("`severity`", missing.Reason);
    }

    [Fact]
    public void Duplicate_ids_are_errors()
    {
        var e = Error(Header + "\nA,,,,,,,,,,,\nA,,,,,,,,,,,\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("first on line 2", e.Reason);
    }

    [Fact]
    public void Unknown_names_are_row_errors()
    {
        var vocabulary = IncidentVocabulary.Of(["up"], ["customer"], ["critical"]);
        Assert.Contains("unknown clause `upp`", Error(Header + "\nA,upp,,,,,,,,,,\n", vocabulary).Reason);
        Assert.Contains("unknown cause `custmer`", Error(Header + "\nA,,,custmer,,,,,,,,\n", vocabulary).Reason);
        Assert.Contains("unknown severity `major`", Error(Header + "\nA,,major,,,,,,,,,\n", vocabulary).Reason);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error() =>
        Assert.Contains("not closed", Error(Header + "\n\"A,,,,,,,,,,,\n").Reason);

    [Fact]
    public void An_unclosed_quote_keeps_the_errors_found_before_it_on_its_row()
    {
        var errors = Assert.Throws<IncidentLogException>(() => CsvIncidentReader.Read(Header + "\nIN\"C-1,,\"unclosed\n", "x.csv")).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Equal((2, 3), (errors[0].Line, errors[0].Column));
        Assert.Contains("quote inside an unquoted field", errors[0].Reason);
        Assert.Equal((2, 9), (errors[1].Line, errors[1].Column));
        Assert.Contains("not closed", errors[1].Reason);
    }

    [Fact]
    public void A_bad_distance_is_an_error() =>
        Assert.Contains("distance_km", Error(Header + "\nA,,,,,,,,,,,far\n").Reason);
}
