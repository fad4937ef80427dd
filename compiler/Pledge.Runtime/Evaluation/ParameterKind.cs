namespace Pledge.Runtime.Evaluation;

/// <summary>The declared type of a parameter, as the runtime knows it (the compiler's `ParameterType` mirrored).</summary>
public enum ParameterKind
{
    Text,
    Money,
    Date,
    Number,
    Percent,
    Duration,
}
