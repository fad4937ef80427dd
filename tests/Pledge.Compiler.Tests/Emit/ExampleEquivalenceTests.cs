using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>The bundled example contracts and their incident logs give byte-identical reports from both engines.</summary>
public class ExampleEquivalenceTests
{
    public static TheoryData<string, string, string> Examples() => new()
    {
        { "examples/idc/idc-guarantee.sla", "examples/idc/october-2026.csv", "monthly_fee=20000 CNY" },
        { "examples/email/email-system.sla", "examples/email/incidents-2026-10.jsonl", "" },
        { "examples/low-voltage/after-sales.sla", "examples/low-voltage/incidents-2026-10.csv", "" },
        { "examples/software/maintenance.sla", "examples/software/incidents-2026-10.csv", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Both_engines_give_the_same_bytes(string contract, string log, string parameters)
    {
        var root = EngineKit.RepositoryRoot();
        var model = EngineKit.ModelOfFile(Path.Combine(root, contract));
        var (interpreted, compiled) = EngineKit.Engines(model);
        var incidents = IncidentLogReader.Read(Path.Combine(root, log), interpreted.Vocabulary, log);
        foreach (var period in new[] { "2026-10", "2026-Q4", "2026" })
        {
            var input = new EvaluationInput(ReportingPeriod.Parse(period), incidents);
            foreach (var (name, kind) in interpreted.ParameterKinds)
                if (kind == ParameterKind.Money) input = input.WithParameter(name, new MoneyParameter(new Money(12345.67m, "CNY")));
            foreach (var pair in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                input = input.WithParameter(name, ParameterValueParser.Parse(interpreted.ParameterKinds[name], name, value));
            }
            Assert.Equal(EngineKit.Run(interpreted, input), EngineKit.Run(compiled, input));
        }
    }
}
