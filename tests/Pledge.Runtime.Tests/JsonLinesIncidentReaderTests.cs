using Pledge.Runtime.Incidents;

namespace Pledge.Runtime.Tests;

public class JsonLinesIncidentReaderTests
{
    private static IncidentLogError Error(string text) =>
        Assert.Throws<IncidentLogException>(() => JsonLinesIncidentReader.Read(text, "log.jsonl")).Errors.Single();

    [Fact]
    public void Reads_objects_with_the_csv_keys()
    {
        var log = JsonLinesIncidentReader.Read(
            "{\"id\":\"A\",\"clause\":[\"up\",\"power\"],\"causes\":\"x;y\",\"started\":\"2026-10-03T10:00:00+08:00\",\"restored\":null,\"distance_km\":37.5}\n\n" +
            "{\"id\":\"B\"}\n", "log.jsonl");
        Assert.Equal(2, log.Incidents.Length);
        Assert.Equal(["up", "power"], log.Incidents[0].Clauses.ToArray());
        Assert.Equal(["x", "y"], log.Incidents[0].Causes.ToArray());
        Assert.Equal(37.5m, log.Incidents[0].DistanceKm);
        Assert.Equal(3, log.Incidents[1].Line);
    }

    [Fact]
    public void A_bad_value_reports_its_column()
    {
        var e = Error("{\"id\":\"A\",\"started\":\"yesterday\"}\n");
        Assert.Equal((1, 21), (e.Line, e.Column));
        Assert.Contains("ISO 8601", e.Reason);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // 服务 is two characters but six UTF-8 bytes: the value `1` is character 22 (byte 26).
        var e = Error("{\"id\":\"服务\",\"started\":1}\n");
        Assert.Equal(22, e.Column);
    }

    [Fact]
    public void Invalid_json_and_unknown_keys_are_errors()
    {
        Assert.Contains("not valid JSON", Error("{\"id\":\"A\",}\n").Reason);
        Assert.Contains("unknown key `restord`", Error("{\"id\":\"A\",\"restord\":null}\n").Reason);
        Assert.Contains("no `id`", Error("{\"started\":null}\n").Reason);
        Assert.Contains("one JSON object", Error("[1,2]\n").Reason);
    }
}
