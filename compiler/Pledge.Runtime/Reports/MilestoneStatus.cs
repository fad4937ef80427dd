namespace Pledge.Runtime.Reports;

/// <summary>A milestone's verdict in a period.</summary>
public enum MilestoneStatus
{
    /// <summary>The event happened at or before the deadline.</summary>
    Met,
    /// <summary>The event happened after the deadline; late by event − deadline.</summary>
    Missed,
    /// <summary>Missed and still not happened: late until the period's end.</summary>
    Open,
    /// <summary>The deadline lies after the period's end (or the start event is empty) and the event has not happened.</summary>
    Pending,
    /// <summary>No deadline can be computed (e.g. distance tiers with no `distance_km`); the reason says why.</summary>
    NotJudged,
}

public static class MilestoneStatuses
{
    public static string Keyword(this MilestoneStatus status) => status switch
    {
        MilestoneStatus.Met => "met",
        MilestoneStatus.Missed => "missed",
        MilestoneStatus.Open => "open",
        MilestoneStatus.Pending => "pending",
        _ => "notJudged",
    };

    /// <summary>Missed or open: what breaks a clause with milestones.</summary>
    public static bool IsMissed(this MilestoneStatus status) => status is MilestoneStatus.Missed or MilestoneStatus.Open;
}
