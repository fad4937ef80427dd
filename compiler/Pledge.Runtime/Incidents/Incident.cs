using System.Collections.Immutable;
using NodaTime;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// One row of an incident log. Event times are null when the event has not happened (an empty cell).
/// <see cref="Clauses"/> empty means the incident counts against every clause.
/// </summary>
public sealed class Incident
{
    public required string Id { get; init; }
    public ImmutableArray<string> Clauses { get; init; } = [];
    public string? Severity { get; init; }
    public ImmutableArray<string> Causes { get; init; } = [];
    public Instant? Started { get; init; }
    public Instant? Reported { get; init; }
    public Instant? Acknowledged { get; init; }
    public Instant? Responded { get; init; }
    public Instant? Arrived { get; init; }
    public Instant? Restored { get; init; }
    public Instant? Resolved { get; init; }
    public Instant? ReportSent { get; init; }

    /// <summary>When planned maintenance was announced (`notified`).</summary>
    public Instant? Notified { get; init; }

    /// <summary>How far the site is, for distance tiers; null when the cell is empty.</summary>
    public decimal? DistanceKm { get; init; }

    /// <summary>The line the row starts on in its log (0 when built in code), for messages.</summary>
    public int Line { get; init; }

    public Instant? Time(IncidentEventKind kind) => kind switch
    {
        IncidentEventKind.Started => Started,
        IncidentEventKind.Reported => Reported,
        IncidentEventKind.Acknowledged => Acknowledged,
        IncidentEventKind.Responded => Responded,
        IncidentEventKind.Arrived => Arrived,
        IncidentEventKind.Restored => Restored,
        IncidentEventKind.Resolved => Resolved,
        _ => ReportSent,
    };

    /// <summary>True when the row names the clause, or names none (it then counts against every clause).</summary>
    public bool AppliesTo(string clause) => Clauses.IsDefaultOrEmpty || Names(Clauses, clause);

    public bool HasCause(string cause) => !Causes.IsDefaultOrEmpty && Names(Causes, cause);

    // A loop over the array itself: LINQ's Contains would box the ImmutableArray on every call, and evaluators ask
    // these for every incident and clause.
    private static bool Names(ImmutableArray<string> names, string name)
    {
        foreach (var n in names)
            if (string.Equals(n, name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The first event that happened, in column order: where an incident without deadlines is listed.</summary>
    public Instant? FirstEvent =>
        Started ?? Reported ?? Acknowledged ?? Responded ?? Arrived ?? Restored ?? Resolved ?? ReportSent;
}
