using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;
using Xunit;
using Xunit.Abstractions;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>
/// The compiled evaluator and the reference interpreter give byte-identical JSON reports (or the same usage error)
/// for generated contracts and incident logs. Roslyn compiles each contract once, so every compiled contract is
/// run against <see cref="LogsPerContract"/> logs. The case count is <c>PLEDGE_DIFFERENTIAL_CASES</c> (default
/// 2,000; a nightly-size run uses 50,000). A difference fails with the contract, the log and the JSON diff.
/// </summary>
public class DifferentialTests(ITestOutputHelper output)
{
    private const int LogsPerContract = 20;

    /// <summary>Compiled in memory only: thousands of random contracts must not fill the disk cache.</summary>
    private static readonly EvaluatorCache Cache = new(directory: null);

    /// <summary>What the compared reports held, so that a run that only ever compares empty reports is seen as such.</summary>
    private static readonly ReportStatistics Statistics = new();

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("PLEDGE_DIFFERENTIAL_CASES"), out var n) && n > 0 ? n : 2000;

    [Fact]
    public void Compiled_and_interpreted_reports_are_byte_identical()
    {
        var contracts = (Cases + LogsPerContract - 1) / LogsPerContract;
        var compared = 0;
        var stopwatch = Stopwatch.StartNew();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(contracts).WithStartSize(10).WithEndSize(40),
            Prop.ForAll(Arb.From(Cases_), @case =>
            {
                compared += CompareOn(@case.Contract, @case.Logs);
                return true;
            }));
        output.WriteLine($"{compared} cases on {contracts} contracts in {stopwatch.Elapsed.TotalSeconds:F1} s; {Statistics.Describe()}");
        Assert.True(compared >= contracts * LogsPerContract);
    }

    /// <summary>A contract and the logs it is run against, drawn together so that FsCheck's seed replays both.</summary>
    private static Gen<(GeneratedContract Contract, GeneratedLog[] Logs)> Cases_ =>
        from contract in ContractGenerator.Contract
        from logs in Gen.ArrayOf(IncidentLogGenerator.Log(contract, ZoneOf(contract.Zone)), LogsPerContract)
        select (contract, logs);

    /// <summary>The generated contract's zone, read as the binder reads it (an IANA id, or `UTC±HH:MM`).</summary>
    private static NodaTime.DateTimeZone ZoneOf(string zone)
    {
        if (!zone.StartsWith("UTC", StringComparison.Ordinal) || zone.Length == 3) return NodaTime.DateTimeZoneProviders.Tzdb[zone];
        var sign = zone[3] == '-' ? -1 : 1;
        var parts = zone[4..].Split(':');
        return NodaTime.DateTimeZone.ForOffset(NodaTime.Offset.FromSeconds(sign * (int.Parse(parts[0]) * 3600 + int.Parse(parts[1]) * 60)));
    }

    private static int CompareOn(GeneratedContract contract, GeneratedLog[] logs)
    {
        var model = EngineKit.Model(contract.Text);
        var interpreter = new ContractInterpreter(model);
        var compiled = CompiledEvaluator.Load(model, Cache);
        foreach (var log in logs)
        {
            var input = Input(log, interpreter.Vocabulary, contract);
            var expected = EngineKit.Run(interpreter, input);
            var actual = EngineKit.Run(compiled, input);
            Statistics.Count(expected);
            if (expected != actual)
                throw new Xunit.Sdk.XunitException(
                    $"the engines differ for period {log.Period} (fee {log.Fee}, value {log.Value} {log.ValueCurrency}, paid {log.PaidToDate}, omit value {log.OmitValue})\n" +
                    $"--- contract ---\n{contract.Text}\n--- incidents.csv ---\n{log.Csv}\n--- diff ---\n{ReportDiff.Of(expected, actual)}");
        }
        return logs.Length;
    }

    private static EvaluationInput Input(GeneratedLog log, IncidentVocabulary vocabulary, GeneratedContract contract)
    {
        var incidents = CsvIncidentReader.Read(log.Csv, "incidents.csv", vocabulary);
        var input = new EvaluationInput(ReportingPeriod.Parse(log.Period), incidents)
            .WithParameter("fee", new MoneyParameter(new Money(log.Fee, "CNY")));
        if (!log.OmitValue) input = input.WithParameter("value", new MoneyParameter(new Money(log.Value, log.ValueCurrency)));
        if (log.PaidToDate is { } paid) input = input.WithAlreadyPaid(contract.Clauses[0], paid);
        return input;
    }
}
