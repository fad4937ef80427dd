using System.Collections.Immutable;
using NodaTime;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Compiled;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Runtime.Tests;

/// <summary>
/// The compiled evaluators' fast paths against the plain definitions they replace: the outage union against
/// <see cref="IntervalSet.Merge"/>, and the report order of incidents against a LINQ sort (first event, then id,
/// then row), on logs made to hit the corner cases: long chains of overlapping outages, repeated ids, empty and
/// touching outages, first events equal or less than a tick apart, incidents with no event at all.
/// </summary>
public class CompiledOrderingTests
{
    private static readonly Instant Origin = Instant.FromUtc(2026, 10, 1, 0, 0);

    [Fact]
    public void Outage_merge_matches_the_interval_set_definition()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var outages = new List<Outage>();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                var start = Origin + Duration.FromMinutes(random.Next(0, 600));
                var end = start + Duration.FromMinutes(random.Next(-5, 120));
                outages.Add(new Outage(new Interval(start, end < start ? start : end), $"I{random.Next(0, 25)}"));
            }
            var expected = IntervalSet.Merge(outages.ToList());
            var actual = OutageMerge.Merge(outages);
            Assert.Equal(expected.Length, actual.Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.Equal(expected[k].Interval, actual[k].Interval);
                Assert.True(expected[k].IncidentIds.SequenceEqual(actual[k].IncidentIds), $"{string.Join(",", expected[k].IncidentIds)} | {string.Join(",", actual[k].IncidentIds)}");
            }
        }
    }

    [Fact]
    public void Incidents_come_in_report_order_whatever_the_rows_order()
    {
        var random = new Random(11);
        for (var n = 0; n < 500; n++)
        {
            var incidents = new List<Incident>();
            for (var i = random.Next(0, 60); i > 0; i--)
            {
                // Few distinct times (ties), some 1 ns apart (the same tick), some incidents with no event.
                Instant? first = random.Next(8) == 0 ? null : Origin + Duration.FromMinutes(random.Next(0, 5)) + Duration.FromNanoseconds(random.Next(0, 3));
                incidents.Add(new Incident { Id = $"N{random.Next(0, 10)}", Reported = first, Line = incidents.Count + 1 });
            }
            var log = new IncidentLog("log.csv", [.. incidents]);
            var run = new EvaluationRun(new EvaluationInput(ReportingPeriod.Parse("2026-10"), log), DateTimeZone.Utc, "CNY",
                new MoneyRounding(RoundingMode.HalfUp, 0.01m));
            var expected = incidents.Select((incident, row) => (incident, row))
                .OrderBy(x => x.incident.FirstEvent ?? Instant.MaxValue)
                .ThenBy(x => x.incident.Id, StringComparer.Ordinal)
                .ThenBy(x => x.row)
                .Select(x => x.incident.Line);
            Assert.Equal(expected, run.IncidentsOf("any").Select(i => i.Line));
        }
    }
}
