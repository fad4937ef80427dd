namespace Pledge.Runtime.Incidents;

/// <summary>
/// An incident log with bad rows. Every bad row is listed (reading does not stop at the first), and no row is
/// ever dropped silently: a log with any error is not evaluated at all.
/// </summary>
public sealed class IncidentLogException(IReadOnlyList<IncidentLogError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more)")
{
    public IReadOnlyList<IncidentLogError> Errors { get; } = errors;
}
