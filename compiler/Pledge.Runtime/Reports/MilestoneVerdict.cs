using NodaTime;

namespace Pledge.Runtime.Reports;

/// <summary>
/// One milestone of one incident: which event meets it, the deadline as written (`2 h`, `next business day`) and
/// as an instant, the verdict, the event time, how late (elapsed time) and, when not judged or pending without a
/// start, why.
/// </summary>
public sealed record MilestoneVerdict(
    string Milestone,
    string Event,
    string Deadline,
    Instant? Due,
    MilestoneStatus Status,
    Instant? At,
    Duration? Late,
    string? Reason);
