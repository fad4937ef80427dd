using System.Collections.Immutable;

namespace Pledge.Runtime.Reports;

/// <summary>
/// One incident as one clause sees it in one period: excluded (and why), or its milestones' verdicts; notes say
/// what else shaped the result ("no `restored` yet: the outage runs to the period's end").
/// </summary>
public sealed record IncidentVerdict(
    string Id,
    IncidentExclusion? Excluded,
    ImmutableArray<MilestoneVerdict> Milestones,
    ImmutableArray<string> Notes);
