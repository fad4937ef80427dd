namespace Pledge.Compiler.Semantics;

/// <summary>What a response commitment promises; each is met by one incident event.</summary>
public enum Milestone
{
    Acknowledge,
    Respond,
    Arrive,
    Restore,
    Resolve,
    Report,
}

public static class Milestones
{
    public static Milestone? Parse(string text) => text switch
    {
        "acknowledge" => Milestone.Acknowledge,
        "respond" => Milestone.Respond,
        "arrive" => Milestone.Arrive,
        "restore" => Milestone.Restore,
        "resolve" => Milestone.Resolve,
        "report" => Milestone.Report,
        _ => null,
    };

    public static string Keyword(this Milestone m) => m.ToString().ToLowerInvariant();

    /// <summary>The event whose time meets the milestone.</summary>
    public static IncidentEvent MetBy(this Milestone m) => m switch
    {
        Milestone.Acknowledge => IncidentEvent.Acknowledged,
        Milestone.Respond => IncidentEvent.Responded,
        Milestone.Arrive => IncidentEvent.Arrived,
        Milestone.Restore => IncidentEvent.Restored,
        Milestone.Resolve => IncidentEvent.Resolved,
        _ => IncidentEvent.ReportSent,
    };
}
