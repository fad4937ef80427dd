namespace Pledge.Runtime.Incidents;

/// <summary>
/// The events of an incident that milestones and outages are measured by, in log-column order. The runtime keeps
/// its own copy of the language's event list so that emitted evaluators never reference the compiler.
/// </summary>
public enum IncidentEventKind
{
    Started,
    Reported,
    Acknowledged,
    Responded,
    Arrived,
    Restored,
    Resolved,
    /// <summary>`report_sent`: meets the `report` milestone (an optional column).</summary>
    ReportSent,
}

public static class IncidentEventKinds
{
    /// <summary>The log column (and report) name: `started` … `report_sent`.</summary>
    public static string ColumnName(this IncidentEventKind kind) => kind switch
    {
        IncidentEventKind.Started => "started",
        IncidentEventKind.Reported => "reported",
        IncidentEventKind.Acknowledged => "acknowledged",
        IncidentEventKind.Responded => "responded",
        IncidentEventKind.Arrived => "arrived",
        IncidentEventKind.Restored => "restored",
        IncidentEventKind.Resolved => "resolved",
        _ => "report_sent",
    };
}
