namespace Pledge.Compiler.Semantics;

/// <summary>The events of an incident, as columns of the incident log.</summary>
public enum IncidentEvent
{
    Started,
    Reported,
    Acknowledged,
    Responded,
    Arrived,
    Restored,
    Resolved,
    /// <summary>`report_sent`: the event that meets the `report` milestone (an optional log column).</summary>
    ReportSent,
}

public static class IncidentEvents
{
    public static IncidentEvent? Parse(string text) => text switch
    {
        "started" => IncidentEvent.Started,
        "reported" => IncidentEvent.Reported,
        "acknowledged" => IncidentEvent.Acknowledged,
        "responded" => IncidentEvent.Responded,
        "arrived" => IncidentEvent.Arrived,
        "restored" => IncidentEvent.Restored,
        "resolved" => IncidentEvent.Resolved,
        "report_sent" => IncidentEvent.ReportSent,
        _ => null,
    };

    /// <summary>The log column name.</summary>
    public static string ColumnName(this IncidentEvent e) => e == IncidentEvent.ReportSent ? "report_sent" : e.ToString().ToLowerInvariant();
}
