using System.Collections.Immutable;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// The columns of an incident log (CSV header names, JSON Lines keys). A CSV header must name every
/// <see cref="Required"/> column, in any order, and may add <see cref="Optional"/> ones; any other column is an
/// error, because a misspelt column (`restord`) would otherwise silently leave every outage open.
/// </summary>
public static class IncidentLogColumns
{
    public const string Id = "id";
    public const string Clause = "clause";
    public const string Severity = "severity";
    public const string Causes = "causes";
    public const string DistanceKm = "distance_km";
    public const string Notified = "notified";

    public static readonly ImmutableArray<string> Required =
    [
        Id, Clause, Severity, Causes, "started", "reported", "acknowledged", "responded", "arrived", "restored",
        "resolved", DistanceKm,
    ];

    public static readonly ImmutableArray<string> Optional = [Notified, "report_sent"];

    public static readonly ImmutableArray<string> All = [.. Required, .. Optional];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>The event a timestamp column holds, or null for the other columns (and `notified`).</summary>
    public static IncidentEventKind? EventOf(string column) => column switch
    {
        "started" => IncidentEventKind.Started,
        "reported" => IncidentEventKind.Reported,
        "acknowledged" => IncidentEventKind.Acknowledged,
        "responded" => IncidentEventKind.Responded,
        "arrived" => IncidentEventKind.Arrived,
        "restored" => IncidentEventKind.Restored,
        "resolved" => IncidentEventKind.Resolved,
        "report_sent" => IncidentEventKind.ReportSent,
        _ => null,
    };
}
