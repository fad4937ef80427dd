namespace Pledge.Runtime.Incidents;

/// <summary>
/// One bad row (or header) of an incident log: the file, the 1-based line and character column where the bad cell
/// starts, and what is wrong. Printed as `file:line:column: reason`, the form editors jump to.
/// </summary>
public sealed record IncidentLogError(string File, int Line, int Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
