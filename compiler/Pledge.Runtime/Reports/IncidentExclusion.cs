namespace Pledge.Runtime.Reports;

/// <summary>Why an incident does not count against a clause.</summary>
public sealed record IncidentExclusion(ExclusionKind Kind, string Reason);

public enum ExclusionKind
{
    /// <summary>One of its causes is excluded by the clause (`exclude causes`) or a top-level `exclusion`.</summary>
    Cause,
    /// <summary>`exclude unreported after D`: reported more than D after it started.</summary>
    Unreported,
    /// <summary>`exclude planned CAUSE with notice D`: announced in time, within the `at most N per PERIOD`.</summary>
    Planned,
}

public static class ExclusionKinds
{
    public static string Keyword(this ExclusionKind kind) => kind switch
    {
        ExclusionKind.Cause => "cause",
        ExclusionKind.Unreported => "unreported",
        _ => "planned",
    };
}
