using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;
using Pledge.Runtime.Incidents;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>The compiler's enums mapped onto the runtime's copies (the runtime must not reference the compiler).</summary>
internal static class RuntimeNames
{
    public static IncidentEventKind ToRuntime(this IncidentEvent e) => e switch
    {
        IncidentEvent.Started => IncidentEventKind.Started,
        IncidentEvent.Reported => IncidentEventKind.Reported,
        IncidentEvent.Acknowledged => IncidentEventKind.Acknowledged,
        IncidentEvent.Responded => IncidentEventKind.Responded,
        IncidentEvent.Arrived => IncidentEventKind.Arrived,
        IncidentEvent.Restored => IncidentEventKind.Restored,
        IncidentEvent.Resolved => IncidentEventKind.Resolved,
        _ => IncidentEventKind.ReportSent,
    };

    public static PeriodKind ToRuntime(this PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => PeriodKind.Day,
        PeriodUnit.Week => PeriodKind.Week,
        PeriodUnit.Month => PeriodKind.Month,
        PeriodUnit.Quarter => PeriodKind.Quarter,
        _ => PeriodKind.Year,
    };

    public static ParameterKind ToRuntime(this ParameterType type) => type switch
    {
        ParameterType.Money => ParameterKind.Money,
        ParameterType.Date => ParameterKind.Date,
        ParameterType.Number => ParameterKind.Number,
        ParameterType.Percent => ParameterKind.Percent,
        ParameterType.Duration => ParameterKind.Duration,
        _ => ParameterKind.Text,
    };

    public static MoneyRounding ToRuntime(this RoundingRule rule) =>
        new(RoundingModes.Parse(rule.Mode) ?? RoundingMode.HalfUp, rule.Increment);
}
