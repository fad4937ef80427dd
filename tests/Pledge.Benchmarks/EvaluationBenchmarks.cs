using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using Pledge.Compiler;
using Pledge.Compiler.Emit;
using Pledge.Compiler.Interpretation;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Benchmarks;

/// <summary>
/// One contract with every clause kind (availability with credits and a maximum, a response matrix on a business
/// calendar with penalties, distance tiers, single commitments, exclusions, claims) evaluated for 10,000 customers
/// with 100 incidents each (1,000,000 incidents), three ways: by the reference interpreter, by the compiled
/// evaluator, and by a hand-written implementation of the same contract. Each produces the whole report (the three
/// are compared byte for byte by `--check-hand-written` and a test); the benchmark reads each report's total. Run
/// with `dotnet run -c Release --project tests/Pledge.Benchmarks -- --filter '*EvaluationBenchmarks*' --job short`.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    /// <summary>The customers of the smaller input set the checks and tests use.</summary>
    public const int Customers = 1000;
    /// <summary>The customers of the benchmark: 10,000 × 100 = 1,000,000 incidents.</summary>
    public const int BenchmarkCustomers = 10_000;
    public const int IncidentsPerCustomer = 100;

    public const string Contract = """
        contract bench "基准" / "Benchmark"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY
        parameter fee "月费" / "Monthly fee" : money
        parameter value "总价" / "Contract value" : money
        cause customer "客户" / "customer"
        cause maint "维护" / "maintenance"
        cause typhoon "台风" / "typhoon"
        severity critical "重大" / "Critical" : "停机" / "down"
        severity major "严重" / "Major" : "多数" / "most"
        severity minor "一般" / "Minor" : "少数" / "few"
        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-12:00, 13:00-18:00
          holidays 2026-10-01..2026-10-07
        }
        exclusion force_majeure "不可抗力" / "Force majeure" {
          causes typhoon
        }
        clause uptime "在线" / "Uptime" {
          availability 99.9% per month
          max downtime 44 min per month
          downtime from reported to restored
          exclude causes customer
          exclude unreported after 5 days
          exclude planned maint with notice 2 days, at most 2 per month
          ignore outages shorter than 5 min
          remedy credit fee by availability {
            below 99.9% : 10%
            below 99.0% : 25%
            at or below 95.0% : 100%
          }, cap 50% of fee per period
          claim within 30 days after period end
        }
        clause response "响应" / "Response" {
          clock office
          matrix {
            severity | respond | restore | resolve
            critical | 30 min  | 4 h     | 1 business day
            major    | 1 h     | 8 h     | 2 business days
            minor    | 4 h     | -       | next business day
          }
          remedy 0.25% of value per started day late, cap 5% of value in total
          claim within 10 days after breach
        }
        clause onsite "上门" / "On site" {
          arrive by distance {
            up to 50 km : 2 h
            up to 100 km : 4 h
            beyond : 12 h
          }
          report within 2 days after restored
          remedy pay 500 CNY per breach
        }
        """;

    private readonly ReportingPeriod _period = ReportingPeriod.Parse("2026-10");
    private IContractEvaluator _interpreter = null!;
    private IContractEvaluator _compiled = null!;
    private IContractEvaluator _handWritten = null!;
    private EvaluationInput[] _inputs = null!;
    private SemanticModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = Model();
        _interpreter = new ContractInterpreter(_model);
        _compiled = CompiledEvaluator.Load(_model, new EvaluatorCache(null));
        _handWritten = new HandWritten.HandWrittenBenchEvaluator();
        _inputs = Inputs(_period, BenchmarkCustomers);
    }

    [Benchmark(Baseline = true, Description = "interpreted: 1,000,000 incidents")]
    public decimal Interpreted() => EvaluateAll(_interpreter);

    [Benchmark(Description = "compiled: 1,000,000 incidents")]
    public decimal Compiled() => EvaluateAll(_compiled);

    [Benchmark(Description = "hand-written: 1,000,000 incidents")]
    public decimal HandWritten() => EvaluateAll(_handWritten);

    private decimal EvaluateAll(IContractEvaluator evaluator)
    {
        var total = 0m;
        foreach (var input in _inputs) total += evaluator.Evaluate(input).Total.Amount;
        return total;
    }

    public static SemanticModel Model()
    {
        var compilation = Compilation.FromText(Contract, "/virtual/bench.sla");
        if (compilation.GetDiagnostics().Any(d => d.Diagnostic.IsError)) throw new InvalidOperationException("the benchmark contract has errors");
        return compilation.GetSemanticModel(compilation.RootTrees[0]);
    }

    /// <summary>Deterministic logs: outages, responses, distances, planned maintenance, all around October 2026.</summary>
    public static EvaluationInput[] Inputs(ReportingPeriod period, int customers = Customers)
    {
        var random = new Random(42);
        var start = period.In(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Start;
        string[] severities = ["critical", "major", "minor"];
        string[] clauses = ["", "uptime", "response", "onsite"];
        var inputs = new EvaluationInput[customers];
        for (var c = 0; c < customers; c++)
        {
            var incidents = ImmutableArray.CreateBuilder<Incident>(IncidentsPerCustomer);
            for (var i = 0; i < IncidentsPerCustomer; i++)
            {
                var started = start + Duration.FromMinutes(random.Next(-3 * 1440, 33 * 1440));
                var reported = started + Duration.FromMinutes(random.Next(0, 90));
                Instant? Maybe(int max) => random.Next(10) < 8 ? reported + Duration.FromMinutes(random.Next(1, max)) : null;
                var cause = random.Next(20);
                incidents.Add(new Incident
                {
                    Id = $"C{c}-{i}",
                    Clauses = clauses[random.Next(clauses.Length)] is { Length: > 0 } clause ? [clause] : [],
                    Severity = severities[random.Next(severities.Length)],
                    Causes = cause switch { 0 => ["customer"], 1 => ["maint"], 2 => ["typhoon"], _ => [] },
                    Started = started,
                    Reported = reported,
                    Responded = Maybe(600),
                    Arrived = Maybe(1000),
                    Restored = Maybe(30 * 60),
                    Resolved = Maybe(4 * 1440),
                    ReportSent = Maybe(5 * 1440),
                    Notified = cause == 1 ? started - Duration.FromHours(random.Next(1, 100)) : null,
                    DistanceKm = random.Next(5) == 0 ? null : random.Next(0, 300),
                });
            }
            inputs[c] = new EvaluationInput(period, new IncidentLog($"customer-{c}.csv", incidents.ToImmutable()))
                .WithParameter("fee", new MoneyParameter(new Money(1000m + c, "CNY")))
                .WithParameter("value", new MoneyParameter(new Money(100_000m + c * 10, "CNY")));
        }
        return inputs;
    }
}

/// <summary>
/// The compile, each in a fresh process (cold start: Roslyn's JIT included): the first compile of the benchmark
/// contract in a process, and the load of its cached image from disk (what the second `pledge eval` does).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class EvaluatorCompileBenchmarks
{
    private static readonly string CacheDirectory = Path.Combine(Path.GetTempPath(), "pledge-benchmark-evaluators");
    private EmittedEvaluator _emitted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _emitted = EvaluatorEmitter.Emit(EvaluationBenchmarks.Model());
        // The image the cached load reads, made once before the measured processes.
        new EvaluatorCache(CacheDirectory).GetImage(_emitted);
    }

    [Benchmark(Description = "first compile in a process (emit + Roslyn + load)")]
    public IContractEvaluator FirstCompile() => CompiledEvaluator.Load(EvaluationBenchmarks.Model(), new EvaluatorCache(null));

    [Benchmark(Description = "cached load in a process (hash + disk image + load)")]
    public IContractEvaluator CachedLoad() => new EvaluatorCache(CacheDirectory).GetOrLoad(_emitted);
}
