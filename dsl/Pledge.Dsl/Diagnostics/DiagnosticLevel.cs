namespace Pledge.Dsl.Diagnostics;

/// <summary>How serious a diagnostic is. Only <see cref="Error"/> fails a check or a build.</summary>
public enum DiagnosticLevel
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
